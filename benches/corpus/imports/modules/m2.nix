# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m2"; options = [ "option2a" "option2b" ]; };
  children = map import [ ./m5.nix ./m6.nix ];
in
[ self ] ++ builtins.concatLists children
