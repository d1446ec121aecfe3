# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m14"; options = [ "option14a" "option14b" ]; };
  children = map import [ ./m29.nix ./m30.nix ];
in
[ self ] ++ builtins.concatLists children
