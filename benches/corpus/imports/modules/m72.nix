# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m72"; options = [ "option72a" "option72b" ]; };
  children = map import [ ./m145.nix ./m146.nix ];
in
[ self ] ++ builtins.concatLists children
