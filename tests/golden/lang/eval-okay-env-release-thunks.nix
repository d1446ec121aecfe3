# Calls whose bodies make thunks over their environment give it back on return
# when every thunk made since the call began is evaluated by then (or waits in
# another environment). These are the cases where one is not, where the check
# gives up, and where the place is reused at once: each value must survive the
# calls after it.
let
  inherit (builtins) seq foldl' genList tryEval;
  id = v: v;
  # everything forced before the return: the environment is given back
  step = acc: x: let a = x * 2; b = a + acc; in seq b b;
  # a thunk returned unevaluated, in a set and in a list
  lazySet = x: let a = x * 2; in { inherit a; };
  lazyList = x: let a = x + 1; in [ a ];
  # evaluated, but its value (a list) holds a thunk over the environment
  nested = x: let l = [ (x + 1) ]; in seq l l;
  # a thunk a caught error left unevaluated
  retry = x: let a = if x > 0 then throw "no" else x; r = tryEval a; in seq r { inherit a r; };
  # more thunks than the return looks at, all evaluated
  many = x: let a0 = x + 0; a1 = x + 1; a2 = x + 2; a3 = x + 3; a4 = x + 4; a5 = x + 5; a6 = x + 6; a7 = x + 7; a8 = x + 8; a9 = x + 9; a10 = x + 10; a11 = x + 11; a12 = x + 12; a13 = x + 13; a14 = x + 14; a15 = x + 15; a16 = x + 16; a17 = x + 17; a18 = x + 18; a19 = x + 19; a20 = x + 20; a21 = x + 21; a22 = x + 22; a23 = x + 23; a24 = x + 24; a25 = x + 25; a26 = x + 26; a27 = x + 27; a28 = x + 28; a29 = x + 29; a30 = x + 30; a31 = x + 31; a32 = x + 32; a33 = x + 33; a34 = x + 34; a35 = x + 35; a36 = x + 36; a37 = x + 37; a38 = x + 38; a39 = x + 39; s = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24 + a25 + a26 + a27 + a28 + a29 + a30 + a31 + a32 + a33 + a34 + a35 + a36 + a37 + a38 + a39; in seq s s;
  # a thunk of a thunk, the inner one unevaluated
  inner = x: let a = let b = x + 1; in { inherit b; }; in seq a a;
  # a releasing call made between the thunks
  mod = a: b: a - b * (a / b);
  both = x: let m = mod x 7; n = m + x; in seq n [ m n ];
  # a thunk made by another call, still unevaluated
  mk = y: { v = y + 1; };
  wrap = x: let s = mk x; in seq s s;
  r1 = lazySet (id 1);
  r2 = lazySet (id 2);
  l1 = lazyList (id 1);
  n1 = nested (id 5);
  t1 = retry (id 1);
  w1 = wrap (id 3);
in
[
  (foldl' step 0 (genList id 1000))
  r2.a
  r1.a
  (lazyList (id 2))
  l1
  n1
  (nested (id 6))
  (t1.r)
  (tryEval t1.a)
  (retry (id 0)).a
  (many (id 1))
  (inner (id 1)).b
  (both (id 20))
  (map (x: both (id x)) [ 1 2 3 ])
  w1.v
  (wrap (id 4)).v
]
