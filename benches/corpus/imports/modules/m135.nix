# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m135"; options = [ "option135a" "option135b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
