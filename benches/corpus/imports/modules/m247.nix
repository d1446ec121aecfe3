# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m247"; options = [ "option247a" "option247b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
