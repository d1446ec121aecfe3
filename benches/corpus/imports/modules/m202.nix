# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m202"; options = [ "option202a" "option202b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
