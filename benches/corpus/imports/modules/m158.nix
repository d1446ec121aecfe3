# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m158"; options = [ "option158a" "option158b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
