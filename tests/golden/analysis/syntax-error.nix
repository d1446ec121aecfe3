let
  a = 1;
  b = a +;
in
  { c = a; d = missing
