# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m190"; options = [ "option190a" "option190b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
