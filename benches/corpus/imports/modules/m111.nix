# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m111"; options = [ "option111a" "option111b" ]; };
  children = map import [ ./m223.nix ./m224.nix ];
in
[ self ] ++ builtins.concatLists children
