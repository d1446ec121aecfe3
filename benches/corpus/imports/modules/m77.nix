# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m77"; options = [ "option77a" "option77b" ]; };
  children = map import [ ./m155.nix ./m156.nix ];
in
[ self ] ++ builtins.concatLists children
