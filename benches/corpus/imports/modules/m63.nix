# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m63"; options = [ "option63a" "option63b" ]; };
  children = map import [ ./m127.nix ./m128.nix ];
in
[ self ] ++ builtins.concatLists children
