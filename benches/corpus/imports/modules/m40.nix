# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m40"; options = [ "option40a" "option40b" ]; };
  children = map import [ ./m81.nix ./m82.nix ];
in
[ self ] ++ builtins.concatLists children
