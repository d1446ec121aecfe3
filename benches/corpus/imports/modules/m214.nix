# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m214"; options = [ "option214a" "option214b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
