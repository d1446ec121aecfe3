# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m144"; options = [ "option144a" "option144b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
