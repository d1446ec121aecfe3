# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m153"; options = [ "option153a" "option153b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
