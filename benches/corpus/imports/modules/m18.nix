# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m18"; options = [ "option18a" "option18b" ]; };
  children = map import [ ./m37.nix ./m38.nix ];
in
[ self ] ++ builtins.concatLists children
