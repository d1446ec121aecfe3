# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m108"; options = [ "option108a" "option108b" ]; };
  children = map import [ ./m217.nix ./m218.nix ];
in
[ self ] ++ builtins.concatLists children
