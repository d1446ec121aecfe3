# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m119"; options = [ "option119a" "option119b" ]; };
  children = map import [ ./m239.nix ./m240.nix ];
in
[ self ] ++ builtins.concatLists children
