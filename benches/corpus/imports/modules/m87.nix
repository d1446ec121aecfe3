# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m87"; options = [ "option87a" "option87b" ]; };
  children = map import [ ./m175.nix ./m176.nix ];
in
[ self ] ++ builtins.concatLists children
