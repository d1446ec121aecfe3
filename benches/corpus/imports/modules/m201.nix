# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m201"; options = [ "option201a" "option201b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
