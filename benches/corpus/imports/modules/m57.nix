# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m57"; options = [ "option57a" "option57b" ]; };
  children = map import [ ./m115.nix ./m116.nix ];
in
[ self ] ++ builtins.concatLists children
