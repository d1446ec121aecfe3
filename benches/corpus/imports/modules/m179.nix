# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m179"; options = [ "option179a" "option179b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
