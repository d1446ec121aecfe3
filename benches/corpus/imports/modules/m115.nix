# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m115"; options = [ "option115a" "option115b" ]; };
  children = map import [ ./m231.nix ./m232.nix ];
in
[ self ] ++ builtins.concatLists children
