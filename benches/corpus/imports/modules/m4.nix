# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m4"; options = [ "option4a" "option4b" ]; };
  children = map import [ ./m9.nix ./m10.nix ];
in
[ self ] ++ builtins.concatLists children
