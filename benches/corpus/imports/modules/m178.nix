# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m178"; options = [ "option178a" "option178b" ]; };
  children = map import [  ];
in
[ self ] ++ builtins.concatLists children
