# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m197"; options = [ "option197a" "option197b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
