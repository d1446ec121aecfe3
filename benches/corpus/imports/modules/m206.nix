# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m206"; options = [ "option206a" "option206b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
