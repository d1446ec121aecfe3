# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m219"; options = [ "option219a" "option219b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
