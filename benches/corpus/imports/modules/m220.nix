# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m220"; options = [ "option220a" "option220b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
