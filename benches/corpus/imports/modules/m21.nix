# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m21"; options = [ "option21a" "option21b" ]; };
  children = map import [ ./m43.nix ./m44.nix ];
in
[ self ] ++ builtins.concatLists children
