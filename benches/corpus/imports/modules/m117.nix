# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m117"; options = [ "option117a" "option117b" ]; };
  children = map import [ ./m235.nix ./m236.nix ];
in
[ self ] ++ builtins.concatLists children
