# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m51"; options = [ "option51a" "option51b" ]; };
  children = map import [ ./m103.nix ./m104.nix ];
in
[ self ] ++ builtins.concatLists children
