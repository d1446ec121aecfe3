# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m232"; options = [ "option232a" "option232b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
