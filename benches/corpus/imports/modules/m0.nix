# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m0"; options = [ "option0a" "option0b" ]; };
  children = map import [ ./m1.nix ./m2.nix ];
in
[ self ] ++ builtins.concatLists children
