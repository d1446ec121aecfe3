# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m106"; options = [ "option106a" "option106b" ]; };
  children = map import [ ./m213.nix ./m214.nix ];
in
[ self ] ++ builtins.concatLists children
