# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m221"; options = [ "option221a" "option221b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
