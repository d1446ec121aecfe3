# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m22"; options = [ "option22a" "option22b" ]; };
  children = map import [ ./m45.nix ./m46.nix ];
in
[ self ] ++ builtins.concatLists children
