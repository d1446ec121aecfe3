# functions are never equal to anything, themselves included ...
let
  f = x: x;
  s = { inherit f; };
in
[
  (f == f)
  ((x: x) == (x: x))
  (map == map)
  (s.f == f)
  # ... except that lists and sets holding the very same value compare equal
  # without looking at it
  ([ f ] == [ f ])
  (s == s)
  ({ inherit f; } == { inherit f; })
  ([ (x: x) ] == [ (x: x) ])
]
