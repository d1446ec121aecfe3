# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m62"; options = [ "option62a" "option62b" ]; };
  children = map import [ ./m125.nix ./m126.nix ];
in
[ self ] ++ builtins.concatLists children
