# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m86"; options = [ "option86a" "option86b" ]; };
  children = map import [ ./m173.nix ./m174.nix ];
in
[ self ] ++ builtins.concatLists children
