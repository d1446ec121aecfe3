# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m60"; options = [ "option60a" "option60b" ]; };
  children = map import [ ./m121.nix ./m122.nix ];
in
[ self ] ++ builtins.concatLists children
