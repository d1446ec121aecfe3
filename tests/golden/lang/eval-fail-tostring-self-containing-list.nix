# `toString` of a list that contains itself: a stack overflow at the nesting limit
# (C++ Nix overflows its stack), not the loop nixlet used to run.
let
  x = [ 1 x ];
in
builtins.toString x
