# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m242"; options = [ "option242a" "option242b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
