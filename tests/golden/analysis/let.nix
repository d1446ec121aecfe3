let
  a = 1;
  b = a + 1;
  unused = b;
  nested.x = a;
  nested.y = c;
  c = d: d;
in
/*@*/ nested.x + b
