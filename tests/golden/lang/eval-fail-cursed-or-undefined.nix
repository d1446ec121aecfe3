# Without a binding named `or`, the variable of a "cursed or" call is undefined;
# Nix places it where the call starts, not at the `or`.
let
  f = x: x;
in
f
  (builtins.head [ f ])
  or
