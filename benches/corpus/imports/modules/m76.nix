# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m76"; options = [ "option76a" "option76b" ]; };
  children = map import [ ./m153.nix ./m154.nix ];
in
[ self ] ++ builtins.concatLists children
