# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m89"; options = [ "option89a" "option89b" ]; };
  children = map import [ ./m179.nix ./m180.nix ];
in
[ self ] ++ builtins.concatLists children
