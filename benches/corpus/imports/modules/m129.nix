# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m129"; options = [ "option129a" "option129b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
