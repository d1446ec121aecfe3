let
  f = x: x;
in
[
  (1 == 1)
  (1 == 1.0)
  (1.0 == 1)
  (1 == 2)
  ("a" == "a")
  ("a" == "b")
  (null == null)
  (true == true)
  (true == false)
  # different types are unequal, never an error
  (1 == "1")
  (null == false)
  ([ ] == { })
  (./a == "a")
  (./a == ./a)
  # deep comparison
  ([ 1 [ 2 { a = 3; } ] ] == [ 1 [ 2 { a = 3; } ] ])
  ([ 1 [ 2 { a = 3; } ] ] == [ 1 [ 2 { a = 4; } ] ])
  ({ a = 1; b = 2; } == { b = 2; a = 1; })
  ({ a = 1; } == { a = 1; b = 2; })
  ([ 1 2 ] == [ 1 2 3 ])
  ([ 1 2 ] != [ 1 2 ])
  (1 != 2)
]
