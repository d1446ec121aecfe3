# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m68"; options = [ "option68a" "option68b" ]; };
  children = map import [ ./m137.nix ./m138.nix ];
in
[ self ] ++ builtins.concatLists children
