# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m120"; options = [ "option120a" "option120b" ]; };
  children = map import [ ./m241.nix ./m242.nix ];
in
[ self ] ++ builtins.concatLists children
