# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m194"; options = [ "option194a" "option194b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
