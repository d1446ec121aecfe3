# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m47"; options = [ "option47a" "option47b" ]; };
  children = map import [ ./m95.nix ./m96.nix ];
in
[ self ] ++ builtins.concatLists children
