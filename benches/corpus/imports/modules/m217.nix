# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m217"; options = [ "option217a" "option217b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
