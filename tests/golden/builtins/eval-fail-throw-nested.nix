let
  check = x: if x < 0 then throw "negative: ${toString x}" else x;
in
[ (check 1) (check (-2)) ]
