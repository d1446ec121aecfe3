# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m207"; options = [ "option207a" "option207b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
