# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m188"; options = [ "option188a" "option188b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
