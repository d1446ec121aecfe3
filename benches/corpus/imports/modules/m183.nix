# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m183"; options = [ "option183a" "option183b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
