# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m55"; options = [ "option55a" "option55b" ]; };
  children = map import [ ./m111.nix ./m112.nix ];
in
[ self ] ++ builtins.concatLists children
