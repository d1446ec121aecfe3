# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m187"; options = [ "option187a" "option187b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
