# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m184"; options = [ "option184a" "option184b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
