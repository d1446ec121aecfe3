# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m169"; options = [ "option169a" "option169b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
