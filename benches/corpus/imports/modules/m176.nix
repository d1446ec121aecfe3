# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m176"; options = [ "option176a" "option176b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
