let
  src = { a = 1; b = 2; };
  s = { inherit (src) a c; };
in
s.c
