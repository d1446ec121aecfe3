# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m210"; options = [ "option210a" "option210b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
