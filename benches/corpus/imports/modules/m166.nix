# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m166"; options = [ "option166a" "option166b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
