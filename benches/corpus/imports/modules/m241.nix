# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m241"; options = [ "option241a" "option241b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
