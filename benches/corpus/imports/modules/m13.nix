# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m13"; options = [ "option13a" "option13b" ]; };
  children = map import [ ./m27.nix ./m28.nix ];
in
[ self ] ++ builtins.concatLists children
