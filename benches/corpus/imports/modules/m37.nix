# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m37"; options = [ "option37a" "option37b" ]; };
  children = map import [ ./m75.nix ./m76.nix ];
in
[ self ] ++ builtins.concatLists children
