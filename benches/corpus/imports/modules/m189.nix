# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m189"; options = [ "option189a" "option189b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
