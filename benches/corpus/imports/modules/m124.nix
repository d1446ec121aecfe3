# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m124"; options = [ "option124a" "option124b" ]; };
  children = map import [ ./m249.nix ./m250.nix ];
in
[ self ] ++ builtins.concatLists children
