# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m102"; options = [ "option102a" "option102b" ]; };
  children = map import [ ./m205.nix ./m206.nix ];
in
[ self ] ++ builtins.concatLists children
