# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m30"; options = [ "option30a" "option30b" ]; };
  children = map import [ ./m61.nix ./m62.nix ];
in
[ self ] ++ builtins.concatLists children
