# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m74"; options = [ "option74a" "option74b" ]; };
  children = map import [ ./m149.nix ./m150.nix ];
in
[ self ] ++ builtins.concatLists children
