# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m81"; options = [ "option81a" "option81b" ]; };
  children = map import [ ./m163.nix ./m164.nix ];
in
[ self ] ++ builtins.concatLists children
