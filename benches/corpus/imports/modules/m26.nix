# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m26"; options = [ "option26a" "option26b" ]; };
  children = map import [ ./m53.nix ./m54.nix ];
in
[ self ] ++ builtins.concatLists children
