# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m137"; options = [ "option137a" "option137b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
