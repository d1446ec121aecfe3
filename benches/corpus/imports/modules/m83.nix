# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m83"; options = [ "option83a" "option83b" ]; };
  children = map import [ ./m167.nix ./m168.nix ];
in
[ self ] ++ builtins.concatLists children
