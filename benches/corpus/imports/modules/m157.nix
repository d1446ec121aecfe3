# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m157"; options = [ "option157a" "option157b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
