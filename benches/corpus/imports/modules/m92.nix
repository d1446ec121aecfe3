# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m92"; options = [ "option92a" "option92b" ]; };
  children = map import [ ./m185.nix ./m186.nix ];
in
[ self ] ++ builtins.concatLists children
