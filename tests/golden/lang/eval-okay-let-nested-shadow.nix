let
  a = 1;
  b = let a = 2; c = a + 10; in c;
  d = let inherit a; in a;
in
[ a b d ]
