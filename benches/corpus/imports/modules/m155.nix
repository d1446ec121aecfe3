# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m155"; options = [ "option155a" "option155b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
