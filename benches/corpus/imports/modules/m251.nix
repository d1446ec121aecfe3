# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m251"; options = [ "option251a" "option251b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
