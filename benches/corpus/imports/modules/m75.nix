# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m75"; options = [ "option75a" "option75b" ]; };
  children = map import [ ./m151.nix ./m152.nix ];
in
[ self ] ++ builtins.concatLists children
