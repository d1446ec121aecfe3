# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m173"; options = [ "option173a" "option173b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
