# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m112"; options = [ "option112a" "option112b" ]; };
  children = map import [ ./m225.nix ./m226.nix ];
in
[ self ] ++ builtins.concatLists children
