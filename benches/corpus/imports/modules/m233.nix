# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m233"; options = [ "option233a" "option233b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
