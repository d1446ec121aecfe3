# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m222"; options = [ "option222a" "option222b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
