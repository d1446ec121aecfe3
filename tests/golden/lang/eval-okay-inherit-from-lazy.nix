# the source of `inherit (e)` is evaluated only when an inherited attribute is used
let
  s = { inherit (throw "never") a b; c = 1; };
  t = { inherit ({ x = throw "not this"; y = 2; }) x y; };
in
[ s.c t.y (builtins.attrNames s) ]
