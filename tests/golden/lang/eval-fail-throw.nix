let
  f = x: if x > 2 then throw "x is too large: ${toString x}" else x;
in
map f [ 1 2 3 ]
