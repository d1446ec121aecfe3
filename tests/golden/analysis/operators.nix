let
  __sub = a: b: a + b;
  __lessThan = a: b: true;
in
[ (5 - 3) (-1) (1 < 2) <nixpkgs> ]
