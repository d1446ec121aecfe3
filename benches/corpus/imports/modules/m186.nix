# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m186"; options = [ "option186a" "option186b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
