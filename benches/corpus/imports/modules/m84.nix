# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m84"; options = [ "option84a" "option84b" ]; };
  children = map import [ ./m169.nix ./m170.nix ];
in
[ self ] ++ builtins.concatLists children
