# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m165"; options = [ "option165a" "option165b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
