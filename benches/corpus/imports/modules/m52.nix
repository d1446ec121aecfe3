# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m52"; options = [ "option52a" "option52b" ]; };
  children = map import [ ./m105.nix ./m106.nix ];
in
[ self ] ++ builtins.concatLists children
