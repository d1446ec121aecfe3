# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m195"; options = [ "option195a" "option195b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
