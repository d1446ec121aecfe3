# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m93"; options = [ "option93a" "option93b" ]; };
  children = map import [ ./m187.nix ./m188.nix ];
in
[ self ] ++ builtins.concatLists children
