# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m82"; options = [ "option82a" "option82b" ]; };
  children = map import [ ./m165.nix ./m166.nix ];
in
[ self ] ++ builtins.concatLists children
