# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m156"; options = [ "option156a" "option156b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
