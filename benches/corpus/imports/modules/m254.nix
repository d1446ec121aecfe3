# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m254"; options = [ "option254a" "option254b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
