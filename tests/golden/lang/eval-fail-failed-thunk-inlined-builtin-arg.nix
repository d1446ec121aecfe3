# A failed thunk forced again as the argument of a builtin the compiler inlines
# (`isAttrs`) raises its error again: it is no infinite recursion.
let
  x = throw "x failed";
in
builtins.seq (builtins.tryEval x) (builtins.isAttrs x)
