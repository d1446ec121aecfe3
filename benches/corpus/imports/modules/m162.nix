# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m162"; options = [ "option162a" "option162b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
