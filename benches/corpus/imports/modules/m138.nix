# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m138"; options = [ "option138a" "option138b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
