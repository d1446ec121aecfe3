# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m237"; options = [ "option237a" "option237b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
