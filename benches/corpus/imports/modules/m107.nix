# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m107"; options = [ "option107a" "option107b" ]; };
  children = map import [ ./m215.nix ./m216.nix ];
in
[ self ] ++ builtins.concatLists children
