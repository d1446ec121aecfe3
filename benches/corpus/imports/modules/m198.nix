# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m198"; options = [ "option198a" "option198b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
