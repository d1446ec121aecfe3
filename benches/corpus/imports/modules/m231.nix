# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m231"; options = [ "option231a" "option231b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
