# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m103"; options = [ "option103a" "option103b" ]; };
  children = map import [ ./m207.nix ./m208.nix ];
in
[ self ] ++ builtins.concatLists children
