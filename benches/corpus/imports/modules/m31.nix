# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m31"; options = [ "option31a" "option31b" ]; };
  children = map import [ ./m63.nix ./m64.nix ];
in
[ self ] ++ builtins.concatLists children
