# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m149"; options = [ "option149a" "option149b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
