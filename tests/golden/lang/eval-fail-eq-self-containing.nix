# Two values that contain themselves are compared for ever; C++ Nix overflows its
# stack. nixlet stops at the call depth (here lowered with --max-call-depth).
let
  x = { a = x; };
  y = { a = y; };
in
x == y
