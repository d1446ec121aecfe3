# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m180"; options = [ "option180a" "option180b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
