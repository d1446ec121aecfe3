# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m142"; options = [ "option142a" "option142b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
