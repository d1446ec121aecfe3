# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m100"; options = [ "option100a" "option100b" ]; };
  children = map import [ ./m201.nix ./m202.nix ];
in
[ self ] ++ builtins.concatLists children
