# A `let` binding its body forces first is evaluated in place instead of becoming
# a thunk (compile.rs, `eager_binding`). Everything here must behave exactly as
# with lazy bindings: the order of traces, bindings that read each other, values
# seen by closures made in the other bindings, errors caught by tryEval, and the
# positions the body can start from.
let
  trace = builtins.trace;

  # the other bindings are made first and may be read by the one evaluated in place
  sum = x: let total = a + b; a = trace "a" x; b = trace "b" (x * 10); in if total > 20 then total else -total;

  # it may be read by the others, which stay lazy (c is never forced)
  shared = x: let t = trace "t" (x + 1); u = t * 2; c = throw "never"; in [ (t + 0) u ];

  # a chained lambda and a nested lambda: the depths of the slots they read
  curried = x: y: let s = x + y; f = z: s + z; in if s > 0 then f 1 else f (-1);
  nested = x: let g = (y: let h = y + x; in h * 2) x; in g + 1;

  # heads: a selection, `?`, `!`, `-`, an application, `assert`, a bare variable
  sel = x: let r = { a.b = x; }; in r.a.b;
  has = x: let r = trace "r" { a = x; }; in r ? a;
  neg = x: let n = x * 3; in -n;
  not = x: let p = x > 3; in !p;
  app = x: let k = trace "k" (y: y + x); in k 5;
  asserted = x: let ok = trace "ok" (x > 0); in assert ok; x;
  bare = x: let v = trace "v" (x * x); in v;

  # a binding whose head is itself a `let`: only the outer one is looked at
  inner = x: let o = x + 1; in let i = o * 2; in i + o;

  # caught errors: the binding throws as its thunk would
  caught = builtins.tryEval (let t = throw "boom"; in t + 1);
  caughtAssert = builtins.tryEval (let t = assert false; 1; in t);

  # not the head: `if` forces the condition, not the branch
  branch = x: let t = trace "branch" x; in if x > 0 then t else 0;
in
[
  (sum 1) (sum 3)
  (shared 1)
  (curried 2 3) (curried (-4) 1)
  (nested 4)
  (sel 7) (has 1) (neg 2) (not 5) (app 1) (asserted 2) (bare 3)
  (inner 2)
  caught caughtAssert
  (branch 0) (branch 2)
]
