let
  s = { a = { b = { c = 1; }; }; n = null; i = 3; };
in
[
  (s.a.b.c or "default")
  (s.a.x.c or "default")
  (s.x or "default")
  # selecting from a non-set in the middle of a path falls back to the default
  (s.i.x or "default")
  (s.n.y or "default")
  # the default is lazy
  (s.a.b.c or (throw "lazy"))
  (s.${"a"}.b.c or 0)
  ({ }.a or { }.b or "chained")
]
