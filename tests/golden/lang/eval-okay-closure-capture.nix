let
  adder = n: x: x + n;
  add2 = adder 2;
  add5 = adder 5;
  # each closure keeps its own environment
  fns = map (n: x: x * n) [ 1 2 3 ];
  counter = let count = 10; in { get = _: count; next = _: count + 1; };
  nested = a: b: c: d: [ a b c d ];
in
[
  (add2 1)
  (add5 1)
  (map (f: f 10) fns)
  (counter.get null)
  (counter.next null)
  (((nested 1) 2) 3 4)
]
