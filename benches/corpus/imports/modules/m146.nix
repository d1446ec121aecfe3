# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m146"; options = [ "option146a" "option146b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
