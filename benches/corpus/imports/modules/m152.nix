# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m152"; options = [ "option152a" "option152b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
