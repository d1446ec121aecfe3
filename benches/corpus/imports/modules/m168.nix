# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m168"; options = [ "option168a" "option168b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
