# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m64"; options = [ "option64a" "option64b" ]; };
  children = map import [ ./m129.nix ./m130.nix ];
in
[ self ] ++ builtins.concatLists children
