# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m159"; options = [ "option159a" "option159b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
