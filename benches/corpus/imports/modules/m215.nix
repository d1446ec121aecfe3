# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m215"; options = [ "option215a" "option215b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
