# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m29"; options = [ "option29a" "option29b" ]; };
  children = map import [ ./m59.nix ./m60.nix ];
in
[ self ] ++ builtins.concatLists children
