# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m192"; options = [ "option192a" "option192b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
