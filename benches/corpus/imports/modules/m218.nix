# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m218"; options = [ "option218a" "option218b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
