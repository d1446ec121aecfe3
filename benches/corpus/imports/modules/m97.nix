# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m97"; options = [ "option97a" "option97b" ]; };
  children = map import [ ./m195.nix ./m196.nix ];
in
[ self ] ++ builtins.concatLists children
