# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m211"; options = [ "option211a" "option211b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
