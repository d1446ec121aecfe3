# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m244"; options = [ "option244a" "option244b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
