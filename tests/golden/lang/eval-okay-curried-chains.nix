# Curried chains (a: b: …) share one environment: full and partial applications,
# closures left by partial applications called several times, formals before a
# chain, lets inside a chain, and builtins calling chained functions.
let
  f = a: b: c: [ a b c ];
  g = f 1;
  h = g 2;
  k = x: let y = x * 2; in z: w: y + z + w + x;
  p = { u, v ? u + 1 }: q: r: u + v + q + r;
  m = a: (b: a - b);
  nested = a: b: (c: a + b + c) (a * b);
  rec1 = n: acc: if n == 0 then acc else rec1 (n - 1) (acc + n);
  partials = map (f "x") [ "p" "q" ];
  thunks = builtins.genList (i: j: i * 10 + j) 3;
in {
  a = f 1 2 3;
  b = h 3;
  c = [ (g 5 6) (h 7) (h 8) (g 9 10) ];
  d = k 1 2 3;
  e = (k 1) 2 3;
  e2 = let kk = k 10; in [ (kk 1 2) (kk 3 4) ((kk 5) 6) ];
  pp = [ (p { u = 1; } 2 3) ((p { u = 1; v = 5; }) 2 3) (let pu = p { u = 2; }; pq = pu 1; in [ (pq 1) (pq 2) (pu 3 4) ]) ];
  mm = m 10 3;
  n = nested 2 3;
  r = rec1 1000 0;
  parts = map (pf: pf "end") partials;
  th = map (t: t 7) thunks;
  fa = builtins.functionArgs (p { u = 1; });
  sorted = builtins.sort (a: b: a < b) [ 3 1 2 ];
  folded = builtins.foldl' (acc: x: acc + x) 0 [ 1 2 3 ];
  lazyArg = (a: b: a) 1 (throw "not forced");
}
