# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m182"; options = [ "option182a" "option182b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
