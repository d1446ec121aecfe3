# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m243"; options = [ "option243a" "option243b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
