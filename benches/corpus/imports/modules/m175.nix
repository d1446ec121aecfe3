# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m175"; options = [ "option175a" "option175b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
