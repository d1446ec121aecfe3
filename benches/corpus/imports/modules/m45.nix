# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m45"; options = [ "option45a" "option45b" ]; };
  children = map import [ ./m91.nix ./m92.nix ];
in
[ self ] ++ builtins.concatLists children
