# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m53"; options = [ "option53a" "option53b" ]; };
  children = map import [ ./m107.nix ./m108.nix ];
in
[ self ] ++ builtins.concatLists children
