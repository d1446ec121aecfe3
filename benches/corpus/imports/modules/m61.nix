# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m61"; options = [ "option61a" "option61b" ]; };
  children = map import [ ./m123.nix ./m124.nix ];
in
[ self ] ++ builtins.concatLists children
