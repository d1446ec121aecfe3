# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m248"; options = [ "option248a" "option248b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
