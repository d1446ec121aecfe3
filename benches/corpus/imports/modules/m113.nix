# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m113"; options = [ "option113a" "option113b" ]; };
  children = map import [ ./m227.nix ./m228.nix ];
in
[ self ] ++ builtins.concatLists children
