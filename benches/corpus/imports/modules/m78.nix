# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m78"; options = [ "option78a" "option78b" ]; };
  children = map import [ ./m157.nix ./m158.nix ];
in
[ self ] ++ builtins.concatLists children
