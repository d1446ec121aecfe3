# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m229"; options = [ "option229a" "option229b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
