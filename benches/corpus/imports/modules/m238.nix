# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m238"; options = [ "option238a" "option238b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
