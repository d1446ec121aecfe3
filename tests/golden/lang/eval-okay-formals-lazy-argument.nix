# the attribute set is forced to WHNF when the function is called,
# but attribute values only when used
let
  f = { a, b }: a;
in
f { a = "used"; b = throw "unused"; }
