# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m163"; options = [ "option163a" "option163b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
