# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m245"; options = [ "option245a" "option245b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
