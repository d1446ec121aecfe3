# Functions map, genList, mapAttrs and zipAttrsWith apply lazily, looked up once
# per call of the builtin: a one-parameter lambda, formals, `n: v: …` sharing one
# environment, an inner lambda after a `let`, a closure left by a partial
# application, a builtin, a functor, a function that is itself still a thunk,
# and elements never forced.
let
  add = a: b: a + b;
  pick = { x, y ? 0 }: x + y;
  functor = { __functor = self: x: x * self.k; k = 3; };
  lazyF = let f = if true then (n: v: "${n}:${toString v}") else throw "no"; in f;
in
{
  plain = map (x: x * 2) [ 1 2 3 ];
  formals = map pick [ { x = 1; } { x = 2; y = 5; } ];
  partial = map (add 10) [ 1 2 ];
  builtin = map toString [ 1 2 ];
  functor = map functor [ 1 2 ];
  lazyElems = builtins.length (map (x: throw "never") [ 1 2 3 ]);
  gen = builtins.genList (i: i * i) 5;
  genCurried = map (f: f 1) (builtins.genList (i: j: i + j) 3);
  attrs = builtins.mapAttrs (n: v: "${n}=${toString v}") { a = 1; b = 2; };
  attrsLet = builtins.mapAttrs (n: let p = "<${n}>"; in v: p + toString v) { a = 1; b = 2; };
  attrsFunctor = builtins.mapAttrs { __functor = self: n: v: v * 2; } { a = 1; };
  attrsLazy = builtins.mapAttrs lazyF { x = 1; };
  attrsEmpty = builtins.mapAttrs (throw "not forced") { };
  attrsUnforced = builtins.attrNames (builtins.mapAttrs (n: v: throw "never") { a = 1; b = 2; });
  zipped = builtins.zipAttrsWith (n: vs: builtins.length vs) [ { a = 1; } { a = 2; b = 3; } ];
  zippedLet = builtins.zipAttrsWith (n: let m = n + n; in vs: m) [ { a = 1; } { c = 2; } ];
}
