# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m128"; options = [ "option128a" "option128b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
