# A type predicate of a variable: the variable's thunk is forced once, inside the
# builtin's frame; an evaluated thunk or a plain value is tested without one.
let
  inherit (builtins) isAttrs isList isFunction isInt trace tryEval;
  f = y: [ (isAttrs y) (isList y) (isAttrs y) ];
  g = n: isInt n;
  h = x: y: isFunction x;
  k = z: tryEval (isAttrs z);
in
[
  (f (trace "forced once" { a = 1; }))
  (f [ 1 ])
  (g 1)
  (g (1 + 1))
  (h (x: x) 2)
  (k (throw "caught"))
  (k (assert false; 1))
  (map isAttrs [ { } 1 (trace "forced by map" { }) ])
]
