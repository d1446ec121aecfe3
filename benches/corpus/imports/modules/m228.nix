# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m228"; options = [ "option228a" "option228b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
