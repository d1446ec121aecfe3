# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m132"; options = [ "option132a" "option132b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
