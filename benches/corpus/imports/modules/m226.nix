# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m226"; options = [ "option226a" "option226b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
