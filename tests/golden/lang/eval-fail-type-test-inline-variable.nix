# an error while forcing a variable that is the argument of an inlined type
# predicate has the builtin's frame, as it would inside the builtin
let
  s = { };
  g = y: builtins.isAttrs y;
in
g s.z
