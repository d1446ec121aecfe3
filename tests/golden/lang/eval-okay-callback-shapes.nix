# Callbacks a builtin enters without walking the curried chain (`x: …` with one
# argument, `a: b: …` sharing one environment with two), next to the shapes it
# walks as before: an inner lambda after a `let`, a closure left by a partial
# application, a three-parameter chain given two arguments, nested callbacks.
let
  cmpBy = k: a: b: k a < k b;
in
{
  sortLet = builtins.sort (a: let ka = a * 2; in b: ka < b * 2) [ 3 1 2 ];
  foldLet = builtins.foldl' (acc: let n = acc + 1; in x: n + x) 0 [ 1 2 3 ];
  foldWide = builtins.foldl' (acc: x: let s = acc.s + x; p = acc.p * x; in { inherit s p; }) { s = 0; p = 1; } [ 1 2 3 4 ];
  foldThree = (builtins.foldl' (acc: x: y: acc + x + y) 0 [ 1 ]) 10;
  filterWide = builtins.filter (x: let y = x * x; z = y + 1; in z > 5) [ 1 2 3 ];
  anyAll = [ (builtins.any (x: x > 2) [ 1 2 3 ]) (builtins.all (x: x > 0) [ 1 2 3 ]) ];
  sortPartial = builtins.sort (cmpBy (x: -x)) [ 1 3 2 ];
  nested = map (xs: builtins.foldl' (a: b: a + b) 0 xs) [ [ 1 2 ] [ 3 ] [ ] ];
  sortDeep = builtins.sort (a: b: (builtins.foldl' (s: x: s + x) 0 a) < (builtins.foldl' (s: x: s + x) 0 b)) [ [ 5 ] [ 1 1 ] [ 3 ] ];
}
