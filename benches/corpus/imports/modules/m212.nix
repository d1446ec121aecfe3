# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m212"; options = [ "option212a" "option212b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
