let
  s = { a = 1; };
  l = [ 1 2 ];
in
[ s s l l { inner = s; } ]
