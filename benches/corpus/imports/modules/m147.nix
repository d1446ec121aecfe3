# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m147"; options = [ "option147a" "option147b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
