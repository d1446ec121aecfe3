# `let` bindings of builtins (`inherit (builtins) …`, `x = builtins.x`) are known
# while compiling; shadowing, sibling scopes that may reuse slots, nested and
# curried lambdas, and bindings read before they are stored keep their meaning.
let
  early = isAttrs { };                     # read before `isAttrs` is stored
  inherit (builtins) isAttrs length seq;
  len = builtins.length;
  b = builtins;
  f = a: b': let isAttrs = x: "shadowed"; in [ (isAttrs a) (length b') ];
  g = a: (let length = 5; in length) + (let l2 = builtins.length; in l2 [ a ]);
  h = x: let inherit (builtins) isList; in y: z: isList (x ++ y ++ z);
  k = x: (let p = builtins.isAttrs; in p x) && (let q = 3; in q == 3);
  m = n: if n == 0 then [ ] else [ (isAttrs n) ] ++ m (n - 1);
  args = { isAttrs = "from a function argument"; };
  fa = { isAttrs, ... }: isAttrs;
in
[
  early
  (f 1 [ 1 2 ])
  (g 7)
  (h [ 1 ] [ 2 ] [ 3 ])
  (k { })
  (m 2)
  (len [ 1 2 3 ])
  (b.length [ 1 ])
  (seq 1 2)
  (builtins.tryEval (seq (throw "caught") 1))
  (fa args)
  (let isAttrs = builtins.isList; in isAttrs [ ])
  (with { length = _: "with does not shadow a let"; }; length [ 1 ])
]
