let
  s = { x = 1; y = 2; };
in
with s;
rec {
  a = x + y;
  b = a * 2;
  # rec attributes are lexical and win over `with`
  x = 100;
  c = x;
}
