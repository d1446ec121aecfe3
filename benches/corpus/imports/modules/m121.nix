# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m121"; options = [ "option121a" "option121b" ]; };
  children = map import [ ./m243.nix ./m244.nix ];
in
[ self ] ++ builtins.concatLists children
