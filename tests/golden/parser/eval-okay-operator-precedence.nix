# Every binary operator against its neighbours in the precedence table, both
# associativities, and the two prefix operators: the parser's precedence
# climbing must build the same trees as Nix's grammar.
let
  t = true;
  f = false;
  s = { a = { b = 1; }; };
in
[
  (1 + 2 * 3)
  (2 * 3 + 1)
  (10 - 4 - 3)
  (64 / 4 / 2)
  (2 * 3 / 2)
  (7 - 2 * 3)
  (-2 * 3)
  (- - 2)
  (2 - -3)
  ([ 1 ] ++ [ 2 ] ++ [ 3 ])
  ({ a = 1; } // { b = 2; } // { a = 3; })
  (1 + 2 < 4)
  (1 < 2 == true)
  (!t || t)
  (!(t || t))
  (!t == f)
  (t || f && f)
  (f && f || t)
  (f -> f -> f)
  (t -> f -> t)
  (t || f -> f)
  (s ? a.b && true)
  (s ? a.c || s ? a)
  (- 1 + 2)
  ({ a = [ 1 ]; } // { b = 2; } == { a = [ 1 ]; b = 2; })
  ([ 1 ] ++ [ 2 ] == [ 1 2 ])
  (1 + 2 * 3 - 4 / 2 < 6 && !f || f -> t)
  ((x: x * 2) 3 + 1)
  (builtins.length [ 1 2 ] * 2)
  ("a" + "b" + "c")
  (1 <= 1 != false)
  (2 >= 3 == false)
]
