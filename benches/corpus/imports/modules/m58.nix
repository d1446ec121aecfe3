# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m58"; options = [ "option58a" "option58b" ]; };
  children = map import [ ./m117.nix ./m118.nix ];
in
[ self ] ++ builtins.concatLists children
