# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m79"; options = [ "option79a" "option79b" ]; };
  children = map import [ ./m159.nix ./m160.nix ];
in
[ self ] ++ builtins.concatLists children
