# Functions a builtin calls back (map, filter, sort, foldl', genList, mapAttrs,
# concatMap, partition): one-parameter lambdas, curried ones given all or part of
# their arguments, closures left by a partial application (whose environment other
# calls share), lambdas with formals, builtins and functors.
let
  add = a: b: a + b;
  add1 = add 1;
  withFormals = { x, y ? 10 }: x + y;
  functor = { __functor = self: x: x * self.k; k = 3; };
  curried3 = a: b: c: a + b + c;
in
{
  plain = map (x: x + 1) [ 1 2 3 ];
  partial = map add1 [ 1 2 3 ];
  sharedClosure = let fs = map add [ 1 2 ]; in map (f: f 10) fs ++ map (f: f 20) fs;
  moreThanTaken = map (f: f 5) (map (a: b: a * b) [ 1 2 3 ]);
  formals = map withFormals [ { x = 1; } { x = 2; y = 3; } ];
  builtin = map toString [ 1 2 ];
  primop = map (builtins.substring 0 2) [ "abc" "defg" ];
  functor = map functor [ 1 2 ];
  sorted = builtins.sort (a: b: a > b) [ 3 1 2 ];
  sortedPartial = builtins.sort ((k: a: b: a + k < b) 0) [ 2 1 3 ];
  folded = builtins.foldl' (acc: x: acc ++ [ (x * 2) ]) [ ] [ 1 2 3 ];
  foldedCurried = builtins.foldl' (curried3 1) 0 [ 1 2 3 ];
  generated = builtins.genList (i: i * i) 4;
  attrs = builtins.mapAttrs (n: v: "${n}=${toString v}") { a = 1; b = 2; };
  concat = builtins.concatMap (x: [ x x ]) [ 1 2 ];
  parts = builtins.partition (x: x > 1) [ 1 2 3 ];
  filtered = builtins.filter (x: x != 2) [ 1 2 3 ];
  nested = map (x: map (y: x * y) [ 1 2 ]) [ 1 2 ];
  caught = builtins.tryEval (map (x: if x == 2 then throw "no" else x) [ 1 2 ] == [ ]);
}
