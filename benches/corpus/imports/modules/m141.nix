# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m141"; options = [ "option141a" "option141b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
