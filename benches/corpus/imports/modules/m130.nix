# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m130"; options = [ "option130a" "option130b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
