# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m32"; options = [ "option32a" "option32b" ]; };
  children = map import [ ./m65.nix ./m66.nix ];
in
[ self ] ++ builtins.concatLists children
