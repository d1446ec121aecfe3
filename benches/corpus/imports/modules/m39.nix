# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m39"; options = [ "option39a" "option39b" ]; };
  children = map import [ ./m79.nix ./m80.nix ];
in
[ self ] ++ builtins.concatLists children
