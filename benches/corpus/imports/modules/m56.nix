# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m56"; options = [ "option56a" "option56b" ]; };
  children = map import [ ./m113.nix ./m114.nix ];
in
[ self ] ++ builtins.concatLists children
