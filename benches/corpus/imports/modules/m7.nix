# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m7"; options = [ "option7a" "option7b" ]; };
  children = map import [ ./m15.nix ./m16.nix ];
in
[ self ] ++ builtins.concatLists children
