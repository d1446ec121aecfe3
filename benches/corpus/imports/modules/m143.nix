# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m143"; options = [ "option143a" "option143b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
