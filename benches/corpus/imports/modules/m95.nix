# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m95"; options = [ "option95a" "option95b" ]; };
  children = map import [ ./m191.nix ./m192.nix ];
in
[ self ] ++ builtins.concatLists children
