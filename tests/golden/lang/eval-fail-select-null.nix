let
  s = { a = null; };
in
s.a.b
