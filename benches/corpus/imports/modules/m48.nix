# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m48"; options = [ "option48a" "option48b" ]; };
  children = map import [ ./m97.nix ./m98.nix ];
in
[ self ] ++ builtins.concatLists children
