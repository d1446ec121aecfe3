# Resolving `builtins.name` while compiling happens only where the value is
# needed: in a lazy position (an attribute, a binding) the selection stays a
# thunk, as in Nix, and non-strict printing (here `trace`) shows it as one, even
# after the same binding was used (resolved) where its value was needed.
let
  inherit (builtins) length;
  x = builtins.isAttrs;
in
builtins.trace { a = builtins.length; b = length; c = x; d = builtins.true; }
  (length [ 1 ] + (if x { } then 1 else 0))
