# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m154"; options = [ "option154a" "option154b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
