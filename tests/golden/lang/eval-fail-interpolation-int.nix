let
  n = 3;
in
"n = ${n}"
