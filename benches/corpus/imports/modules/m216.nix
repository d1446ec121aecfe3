# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m216"; options = [ "option216a" "option216b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
