# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m36"; options = [ "option36a" "option36b" ]; };
  children = map import [ ./m73.nix ./m74.nix ];
in
[ self ] ++ builtins.concatLists children
