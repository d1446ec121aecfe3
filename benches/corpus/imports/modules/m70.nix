# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m70"; options = [ "option70a" "option70b" ]; };
  children = map import [ ./m141.nix ./m142.nix ];
in
[ self ] ++ builtins.concatLists children
