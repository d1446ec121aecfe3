# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m71"; options = [ "option71a" "option71b" ]; };
  children = map import [ ./m143.nix ./m144.nix ];
in
[ self ] ++ builtins.concatLists children
