# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m227"; options = [ "option227a" "option227b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
