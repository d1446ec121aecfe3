# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m23"; options = [ "option23a" "option23b" ]; };
  children = map import [ ./m47.nix ./m48.nix ];
in
[ self ] ++ builtins.concatLists children
