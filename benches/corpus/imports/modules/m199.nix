# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m199"; options = [ "option199a" "option199b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
