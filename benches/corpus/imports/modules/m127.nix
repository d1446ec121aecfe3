# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m127"; options = [ "option127a" "option127b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
