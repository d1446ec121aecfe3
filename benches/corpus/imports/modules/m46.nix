# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m46"; options = [ "option46a" "option46b" ]; };
  children = map import [ ./m93.nix ./m94.nix ];
in
[ self ] ++ builtins.concatLists children
