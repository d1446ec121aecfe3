# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m12"; options = [ "option12a" "option12b" ]; };
  children = map import [ ./m25.nix ./m26.nix ];
in
[ self ] ++ builtins.concatLists children
