# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m25"; options = [ "option25a" "option25b" ]; };
  children = map import [ ./m51.nix ./m52.nix ];
in
[ self ] ++ builtins.concatLists children
