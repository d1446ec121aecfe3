# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m59"; options = [ "option59a" "option59b" ]; };
  children = map import [ ./m119.nix ./m120.nix ];
in
[ self ] ++ builtins.concatLists children
