# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m73"; options = [ "option73a" "option73b" ]; };
  children = map import [ ./m147.nix ./m148.nix ];
in
[ self ] ++ builtins.concatLists children
