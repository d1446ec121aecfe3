# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m208"; options = [ "option208a" "option208b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
