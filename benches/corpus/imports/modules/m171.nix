# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m171"; options = [ "option171a" "option171b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
