# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m131"; options = [ "option131a" "option131b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
