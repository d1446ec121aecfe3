# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m126"; options = [ "option126a" "option126b" ]; };
  children = map import [ ./m253.nix ./m254.nix ];
in
[ self ] ++ builtins.concatLists children
