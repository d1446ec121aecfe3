# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m11"; options = [ "option11a" "option11b" ]; };
  children = map import [ ./m23.nix ./m24.nix ];
in
[ self ] ++ builtins.concatLists children
