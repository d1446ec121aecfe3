let
  f = x: x;
in
"${f}"
