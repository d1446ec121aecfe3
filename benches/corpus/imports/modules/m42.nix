# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m42"; options = [ "option42a" "option42b" ]; };
  children = map import [ ./m85.nix ./m86.nix ];
in
[ self ] ++ builtins.concatLists children
