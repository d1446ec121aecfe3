let
  a = 1;
  b = 2;
  src = { c = 3; d = 4; nested = { e = 5; }; };
in
{
  inherit a b;
  inherit (src) c d;
  inherit (src.nested) e;
  # `inherit` in a let
  f = let inherit (src) c; in c * 10;
}
