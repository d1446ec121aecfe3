let
  n = 42;
in
n.attr
