# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m160"; options = [ "option160a" "option160b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
