# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m34"; options = [ "option34a" "option34b" ]; };
  children = map import [ ./m69.nix ./m70.nix ];
in
[ self ] ++ builtins.concatLists children
