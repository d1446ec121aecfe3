# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m240"; options = [ "option240a" "option240b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
