# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m213"; options = [ "option213a" "option213b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
