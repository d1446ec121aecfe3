# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m24"; options = [ "option24a" "option24b" ]; };
  children = map import [ ./m49.nix ./m50.nix ];
in
[ self ] ++ builtins.concatLists children
