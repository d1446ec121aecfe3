# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m110"; options = [ "option110a" "option110b" ]; };
  children = map import [ ./m221.nix ./m222.nix ];
in
[ self ] ++ builtins.concatLists children
