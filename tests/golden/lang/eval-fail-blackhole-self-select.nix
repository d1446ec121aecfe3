let
  s = { x = s.x; };
in
s.x
