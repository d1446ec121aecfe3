let
  set = { a = 1; };
  x = set.b + 1;
in
x
