# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m170"; options = [ "option170a" "option170b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
