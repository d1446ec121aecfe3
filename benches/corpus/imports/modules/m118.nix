# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m118"; options = [ "option118a" "option118b" ]; };
  children = map import [ ./m237.nix ./m238.nix ];
in
[ self ] ++ builtins.concatLists children
