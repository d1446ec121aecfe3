# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m49"; options = [ "option49a" "option49b" ]; };
  children = map import [ ./m99.nix ./m100.nix ];
in
[ self ] ++ builtins.concatLists children
