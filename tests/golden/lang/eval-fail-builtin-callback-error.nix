let
  cmp = a: b: a.key < b;
in
builtins.sort cmp [ { key = 1; } { key = 2; } ]
