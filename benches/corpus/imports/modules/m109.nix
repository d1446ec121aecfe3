# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m109"; options = [ "option109a" "option109b" ]; };
  children = map import [ ./m219.nix ./m220.nix ];
in
[ self ] ++ builtins.concatLists children
