# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m205"; options = [ "option205a" "option205b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
