# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m69"; options = [ "option69a" "option69b" ]; };
  children = map import [ ./m139.nix ./m140.nix ];
in
[ self ] ++ builtins.concatLists children
