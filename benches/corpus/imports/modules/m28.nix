# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m28"; options = [ "option28a" "option28b" ]; };
  children = map import [ ./m57.nix ./m58.nix ];
in
[ self ] ++ builtins.concatLists children
