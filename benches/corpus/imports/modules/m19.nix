# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m19"; options = [ "option19a" "option19b" ]; };
  children = map import [ ./m39.nix ./m40.nix ];
in
[ self ] ++ builtins.concatLists children
