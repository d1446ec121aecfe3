# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m41"; options = [ "option41a" "option41b" ]; };
  children = map import [ ./m83.nix ./m84.nix ];
in
[ self ] ++ builtins.concatLists children
