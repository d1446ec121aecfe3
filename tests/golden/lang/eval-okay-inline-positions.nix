# Inlined calls in every kind of position: formal defaults, assert conditions, with
# bodies, interpolations, dynamic attribute names, inherit sources, forward
# references in a let, lambda bodies, callbacks.
let
  inherit (builtins) isAttrs;
  f = x: x + 1;
  g = a: b: { inherit a b; };
  name = i: "n${toString i}";
  h = { a ? f 1, b ? g a 2 }: [ a b.a b.b ];
  lib = { k = 5; };
in [
  (h { })
  (h { a = 10; })
  (assert f 1 == 2; "ok")
  (with lib; f k)
  "${name 3}-${toString (f 4)}"
  { ${name 7} = f 0; }
  (let inherit (g 1 2) a b; in a + b)
  (let x = f x0; x0 = 1; in x)
  ((x: f x) 3)
  (map (y: g y (f y)) [ 1 2 ])
  (builtins.functionArgs h)
]
