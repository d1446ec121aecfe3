# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m5"; options = [ "option5a" "option5b" ]; };
  children = map import [ ./m11.nix ./m12.nix ];
in
[ self ] ++ builtins.concatLists children
