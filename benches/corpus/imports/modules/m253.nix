# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m253"; options = [ "option253a" "option253b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
