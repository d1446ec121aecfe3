# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m136"; options = [ "option136a" "option136b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
