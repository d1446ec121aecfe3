# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m8"; options = [ "option8a" "option8b" ]; };
  children = map import [ ./m17.nix ./m18.nix ];
in
[ self ] ++ builtins.concatLists children
