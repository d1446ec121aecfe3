# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m43"; options = [ "option43a" "option43b" ]; };
  children = map import [ ./m87.nix ./m88.nix ];
in
[ self ] ++ builtins.concatLists children
