# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m96"; options = [ "option96a" "option96b" ]; };
  children = map import [ ./m193.nix ./m194.nix ];
in
[ self ] ++ builtins.concatLists children
