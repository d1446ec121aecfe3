# `toJSON` of a set whose `__toString` returns the set itself: a stack overflow
# (max-call-depth), as in C++ Nix, not the loop nixlet used to run.
let
  s = { __toString = self: self; };
in
builtins.toJSON { a = s; }
