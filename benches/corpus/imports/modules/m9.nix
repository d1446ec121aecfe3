# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m9"; options = [ "option9a" "option9b" ]; };
  children = map import [ ./m19.nix ./m20.nix ];
in
[ self ] ++ builtins.concatLists children
