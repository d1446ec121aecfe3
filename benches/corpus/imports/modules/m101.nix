# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = { name = "m101"; options = [ "option101a" "option101b" ]; };
  children = map import [ ./m203.nix ./m204.nix ];
in
[ self ] ++ builtins.concatLists children
