# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m224"; options = [ "option224a" "option224b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
