# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m148"; options = [ "option148a" "option148b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
