# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m50"; options = [ "option50a" "option50b" ]; };
  children = map import [ ./m101.nix ./m102.nix ];
in
[ self ] ++ builtins.concatLists children
