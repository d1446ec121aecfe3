# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m246"; options = [ "option246a" "option246b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
