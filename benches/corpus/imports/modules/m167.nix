# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m167"; options = [ "option167a" "option167b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
