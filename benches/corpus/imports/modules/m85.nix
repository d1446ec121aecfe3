# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m85"; options = [ "option85a" "option85b" ]; };
  children = map import [ ./m171.nix ./m172.nix ];
in
[ self ] ++ builtins.concatLists children
