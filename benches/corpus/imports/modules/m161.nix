# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m161"; options = [ "option161a" "option161b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
