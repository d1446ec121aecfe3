# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m116"; options = [ "option116a" "option116b" ]; };
  children = map import [ ./m233.nix ./m234.nix ];
in
[ self ] ++ builtins.concatLists children
