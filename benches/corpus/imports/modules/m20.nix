# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m20"; options = [ "option20a" "option20b" ]; };
  children = map import [ ./m41.nix ./m42.nix ];
in
[ self ] ++ builtins.concatLists children
