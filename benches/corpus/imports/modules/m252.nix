# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m252"; options = [ "option252a" "option252b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
