# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m172"; options = [ "option172a" "option172b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
