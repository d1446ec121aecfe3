# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m80"; options = [ "option80a" "option80b" ]; };
  children = map import [ ./m161.nix ./m162.nix ];
in
[ self ] ++ builtins.concatLists children
