let
  s = { bad = throw "now it is used"; good = 1; };
in
[ s.good s.bad ]
