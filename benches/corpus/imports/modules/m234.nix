# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m234"; options = [ "option234a" "option234b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
