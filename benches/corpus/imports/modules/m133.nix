# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m133"; options = [ "option133a" "option133b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
