# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m104"; options = [ "option104a" "option104b" ]; };
  children = map import [ ./m209.nix ./m210.nix ];
in
[ self ] ++ builtins.concatLists children
