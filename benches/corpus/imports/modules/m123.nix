# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m123"; options = [ "option123a" "option123b" ]; };
  children = map import [ ./m247.nix ./m248.nix ];
in
[ self ] ++ builtins.concatLists children
