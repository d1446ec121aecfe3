# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m185"; options = [ "option185a" "option185b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
