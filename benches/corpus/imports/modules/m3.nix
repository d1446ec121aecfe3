# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m3"; options = [ "option3a" "option3b" ]; };
  children = map import [ ./m7.nix ./m8.nix ];
in
[ self ] ++ builtins.concatLists children
