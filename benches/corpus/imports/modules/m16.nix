# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m16"; options = [ "option16a" "option16b" ]; };
  children = map import [ ./m33.nix ./m34.nix ];
in
[ self ] ++ builtins.concatLists children
