# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m196"; options = [ "option196a" "option196b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
