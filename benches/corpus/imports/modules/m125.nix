# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m125"; options = [ "option125a" "option125b" ]; };
  children = map import [ ./m251.nix ./m252.nix ];
in
[ self ] ++ builtins.concatLists children
