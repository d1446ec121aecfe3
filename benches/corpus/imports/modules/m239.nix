# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m239"; options = [ "option239a" "option239b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
