# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m181"; options = [ "option181a" "option181b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
