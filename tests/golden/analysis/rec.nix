rec {
  a = 1;
  b = a + c;
  inner = { c = a; d = b; };
  c = /*@*/ inner.c;
  "quoted name" = 2;
  set = rec { a = 2; e = a + b; };
}
