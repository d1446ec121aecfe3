# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m191"; options = [ "option191a" "option191b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
