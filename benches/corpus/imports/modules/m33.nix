# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m33"; options = [ "option33a" "option33b" ]; };
  children = map import [ ./m67.nix ./m68.nix ];
in
[ self ] ++ builtins.concatLists children
