# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m209"; options = [ "option209a" "option209b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
