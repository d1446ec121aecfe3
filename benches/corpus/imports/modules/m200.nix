# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m200"; options = [ "option200a" "option200b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
