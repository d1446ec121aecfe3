# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m38"; options = [ "option38a" "option38b" ]; };
  children = map import [ ./m77.nix ./m78.nix ];
in
[ self ] ++ builtins.concatLists children
