# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m139"; options = [ "option139a" "option139b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
