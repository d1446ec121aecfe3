# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m225"; options = [ "option225a" "option225b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
