# Builtins calling a function once per element keep their frame between calls
# (filter, any, all, partition, concatMap, foldl'): lambdas entered directly, and
# every other kind of function (a builtin, a partial application, a functor, a
# lambda with formals) called the general way; short circuits, a fold of one
# element, callbacks that run nested loops, and a caught failure in the middle.
let
  add = a: b: a + b;
  functor = { __functor = self: acc: x: acc + x * self.k; k = 10; };
  xs = builtins.genList (i: i) 20;
in
{
  filtered = builtins.filter (x: builtins.bitAnd x 1 == 0) xs;
  filterFormals = builtins.filter ({ ok, ... }: ok) [ { ok = true; n = 1; } { ok = false; } ];
  anyEarly = builtins.any (x: if x > 3 then true else x < 0) xs;
  anyNever = builtins.any (x: x > 100) xs;
  allEarly = builtins.all (x: x < 5) xs;
  allThrough = builtins.all (x: x < 100) xs;
  parts = builtins.partition (x: x > 15) xs;
  concat = builtins.concatMap (x: if x < 3 then [ x x ] else [ ]) xs;
  foldLambda = builtins.foldl' (acc: x: acc + x) 0 xs;
  foldBuiltin = builtins.foldl' builtins.add 0 xs;
  foldPartial = builtins.foldl' (add) 0 xs;
  foldCurried = builtins.foldl' ((k: acc: x: acc + k * x) 2) 0 xs;
  foldFunctor = builtins.foldl' functor 0 [ 1 2 3 ];
  foldOne = builtins.foldl' (acc: x: acc ++ [ x ]) [ ] [ 7 ];
  foldNested = builtins.foldl' (acc: l: acc + builtins.foldl' (a: b: a + b) 0 (builtins.filter (y: y > 1) l)) 0 [ [ 1 2 3 ] [ 4 ] [ ] ];
  sortLt = builtins.sort builtins.lessThan [ 3 1 2 ];
  sortLambda = builtins.sort (a: b: a > b) [ 3 1 2 ];
  caught = builtins.tryEval (builtins.filter (x: if x == 5 then throw "five" else true) xs);
  caughtFold = builtins.tryEval (builtins.foldl' (acc: x: if x == 3 then throw "three" else acc + x) 0 xs);
  afterCaught = builtins.length (builtins.filter (x: x > 10) xs);
}
