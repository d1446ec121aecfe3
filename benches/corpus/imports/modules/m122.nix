# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m122"; options = [ "option122a" "option122b" ]; };
  children = map import [ ./m245.nix ./m246.nix ];
in
[ self ] ++ builtins.concatLists children
