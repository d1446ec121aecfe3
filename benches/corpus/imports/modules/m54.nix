# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m54"; options = [ "option54a" "option54b" ]; };
  children = map import [ ./m109.nix ./m110.nix ];
in
[ self ] ++ builtins.concatLists children
