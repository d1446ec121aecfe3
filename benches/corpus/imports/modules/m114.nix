# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m114"; options = [ "option114a" "option114b" ]; };
  children = map import [ ./m229.nix ./m230.nix ];
in
[ self ] ++ builtins.concatLists children
