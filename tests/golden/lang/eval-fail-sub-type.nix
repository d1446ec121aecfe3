let
  s = "x";
in
s - 1
