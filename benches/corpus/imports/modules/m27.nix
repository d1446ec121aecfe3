# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m27"; options = [ "option27a" "option27b" ]; };
  children = map import [ ./m55.nix ./m56.nix ];
in
[ self ] ++ builtins.concatLists children
