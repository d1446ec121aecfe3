# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m223"; options = [ "option223a" "option223b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
