# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m15"; options = [ "option15a" "option15b" ]; };
  children = map import [ ./m31.nix ./m32.nix ];
in
[ self ] ++ builtins.concatLists children
