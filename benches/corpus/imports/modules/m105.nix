# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m105"; options = [ "option105a" "option105b" ]; };
  children = map import [ ./m211.nix ./m212.nix ];
in
[ self ] ++ builtins.concatLists children
