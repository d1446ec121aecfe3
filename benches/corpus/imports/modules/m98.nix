# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m98"; options = [ "option98a" "option98b" ]; };
  children = map import [ ./m197.nix ./m198.nix ];
in
[ self ] ++ builtins.concatLists children
