# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m1"; options = [ "option1a" "option1b" ]; };
  children = map import [ ./m3.nix ./m4.nix ];
in
[ self ] ++ builtins.concatLists children
