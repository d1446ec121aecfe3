# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m134"; options = [ "option134a" "option134b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
