# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m164"; options = [ "option164a" "option164b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
