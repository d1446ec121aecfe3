# A call whose body makes no thunk or closure gives its environment back when it
# returns; these are the cases where something still refers to it, or where
# the place is reused at once, and each value must survive the calls after it.
let
  id = v: v;
  # `x.a + 1` is speculated, but `x.a` is not evaluated yet: the speculation
  # falls back to a thunk over the call's environment, read after later calls
  f = x: let y = x.a + 1; in { inherit y; };
  r1 = f { a = id 1; };
  r2 = f { a = id 2; };
  # a partial application keeps the first call's environment
  add = a: b: a * 10 + b;
  add1 = add 1;
  add2 = add 2;
  # a returned closure refers to the environment it was made in
  mk = n: { get = _: n; };
  g1 = mk 1;
  g2 = mk 2;
  # recursion: every level's environment is given back on the way out
  sum = n: if n == 0 then 0 else n + sum (n - 1);
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
  # a releasing call inside another call's body, between its bindings
  mod = a: b: a - b * (a / b);
  g = x: let m = mod x 7; n = mod (x + 1) 7; in [ m n (mod x 3) ];
in
[
  r2.y
  r1.y
  (f { a = id 3; }).y
  (add1 5)
  (add2 6)
  (add1 7)
  (map add1 [ 1 2 ])
  (g2.get null)
  (g1.get null)
  (sum 10000)
  (fib 15)
  (g 100)
  (g 13)
  (builtins.foldl' (acc: x: acc + mod x 5) 0 (builtins.genList id 100))
]
