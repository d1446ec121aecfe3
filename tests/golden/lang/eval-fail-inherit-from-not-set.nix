let
  s = { inherit (1) a; };
in
s.a
