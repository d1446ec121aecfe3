# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m6"; options = [ "option6a" "option6b" ]; };
  children = map import [ ./m13.nix ./m14.nix ];
in
[ self ] ++ builtins.concatLists children
