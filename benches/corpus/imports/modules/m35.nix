# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m35"; options = [ "option35a" "option35b" ]; };
  children = map import [ ./m71.nix ./m72.nix ];
in
[ self ] ++ builtins.concatLists children
