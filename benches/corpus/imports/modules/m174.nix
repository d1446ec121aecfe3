# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m174"; options = [ "option174a" "option174b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
