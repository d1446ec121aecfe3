# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m88"; options = [ "option88a" "option88b" ]; };
  children = map import [ ./m177.nix ./m178.nix ];
in
[ self ] ++ builtins.concatLists children
