# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m235"; options = [ "option235a" "option235b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
