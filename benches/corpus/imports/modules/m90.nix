# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m90"; options = [ "option90a" "option90b" ]; };
  children = map import [ ./m181.nix ./m182.nix ];
in
[ self ] ++ builtins.concatLists children
