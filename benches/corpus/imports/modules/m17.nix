# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m17"; options = [ "option17a" "option17b" ]; };
  children = map import [ ./m35.nix ./m36.nix ];
in
[ self ] ++ builtins.concatLists children
