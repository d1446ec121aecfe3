# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m193"; options = [ "option193a" "option193b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
