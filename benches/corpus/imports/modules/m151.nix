# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m151"; options = [ "option151a" "option151b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
