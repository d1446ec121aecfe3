# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m44"; options = [ "option44a" "option44b" ]; };
  children = map import [ ./m89.nix ./m90.nix ];
in
[ self ] ++ builtins.concatLists children
