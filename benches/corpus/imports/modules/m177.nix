# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m177"; options = [ "option177a" "option177b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
