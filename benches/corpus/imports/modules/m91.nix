# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m91"; options = [ "option91a" "option91b" ]; };
  children = map import [ ./m183.nix ./m184.nix ];
in
[ self ] ++ builtins.concatLists children
