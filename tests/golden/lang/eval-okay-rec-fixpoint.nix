let
  r = rec {
    a = 1;
    b = a + 1;
    c = { d = b * 10; e = c.d + 1; };
    f = x: if x == 0 then 0 else 1 + f (x - 1);
    g = f 3;
  };
in
r
