# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m67"; options = [ "option67a" "option67b" ]; };
  children = map import [ ./m135.nix ./m136.nix ];
in
[ self ] ++ builtins.concatLists children
