# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m145"; options = [ "option145a" "option145b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
