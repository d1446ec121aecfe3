# `or` is also an ordinary attribute name
let
  s = { or = "attribute named or"; };
in
[ s.or { or = 1; }.or ]
