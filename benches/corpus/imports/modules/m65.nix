# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m65"; options = [ "option65a" "option65b" ]; };
  children = map import [ ./m131.nix ./m132.nix ];
in
[ self ] ++ builtins.concatLists children
