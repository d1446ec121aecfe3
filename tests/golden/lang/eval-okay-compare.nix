[
  (1 < 2)
  (2 <= 2)
  (3 > 4)
  (4 >= 4)
  (1 < 1.5)
  (2.5 > 2)
  # strings compare bytewise
  ("a" < "b")
  ("B" < "a")
  ("abc" < "abd")
  ("ab" < "abc")
  ("" < "a")
  ("é" > "z")
  # paths compare as strings
  (/a < /b)
  (/a/b > /a)
  # lists compare lexicographically
  ([ 1 2 ] < [ 1 3 ])
  ([ 1 2 ] < [ 1 2 3 ])
  ([ ] < [ 1 ])
  ([ 2 ] > [ 1 9 9 ])
  ([ "a" [ 1 ] ] < [ "a" [ 2 ] ])
  # elements after the first difference are not compared
  ([ 1 { } ] < [ 2 { } ])
  (builtins.lessThan 1 2)
]
