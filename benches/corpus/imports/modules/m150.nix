# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m150"; options = [ "option150a" "option150b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
