# A `__toString` that returns its own set never peels to a string: a stack overflow
# (max-call-depth), as in C++ Nix, not the loop nixlet used to run.
let
  s = { __toString = self: self; };
in
builtins.toString s
