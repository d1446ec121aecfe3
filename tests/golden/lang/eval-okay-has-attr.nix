let
  s = { a = { b = { c = null; }; }; x = 1; };
in
[
  (s ? a)
  (s ? a.b.c)
  (s ? a.b.d)
  (s ? "a")
  (s ? ${"x"})
  # a non-set anywhere in the path gives false
  (s ? x.y)
  (1 ? a)
  (null ? a)
  (s ? a.b.c.d)
  # `?` does not force the value it finds
  ({ a = throw "lazy"; } ? a)
]
