# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m204"; options = [ "option204a" "option204b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
