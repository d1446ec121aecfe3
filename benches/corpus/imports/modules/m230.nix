# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m230"; options = [ "option230a" "option230b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
