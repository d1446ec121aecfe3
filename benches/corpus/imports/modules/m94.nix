# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m94"; options = [ "option94a" "option94b" ]; };
  children = map import [ ./m189.nix ./m190.nix ];
in
[ self ] ++ builtins.concatLists children
