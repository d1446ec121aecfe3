# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m250"; options = [ "option250a" "option250b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
