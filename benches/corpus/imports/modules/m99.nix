# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m99"; options = [ "option99a" "option99b" ]; };
  children = map import [ ./m199.nix ./m200.nix ];
in
[ self ] ++ builtins.concatLists children
