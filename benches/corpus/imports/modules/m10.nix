# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m10"; options = [ "option10a" "option10b" ]; };
  children = map import [ ./m21.nix ./m22.nix ];
in
[ self ] ++ builtins.concatLists children
