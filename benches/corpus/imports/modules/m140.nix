# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m140"; options = [ "option140a" "option140b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
