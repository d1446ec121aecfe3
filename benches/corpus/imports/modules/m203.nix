# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m203"; options = [ "option203a" "option203b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
