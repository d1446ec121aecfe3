# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m236"; options = [ "option236a" "option236b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
