# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m66"; options = [ "option66a" "option66b" ]; };
  children = map import [ ./m133.nix ./m134.nix ];
in
[ self ] ++ builtins.concatLists children
