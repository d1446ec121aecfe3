# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m249"; options = [ "option249a" "option249b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
