# lists of different lengths are unequal without their elements being looked at;
# empty lists are equal (decided before any work list is made)
let
  xs = [ (throw "not forced") ];
in
[
  ([ ] == [ ])
  ([ ] != [ ])
  (xs == [ ])
  ([ ] == xs)
  (xs != [ 1 2 ])
  ([ 1 2 ] == [ 1 2 ])
  ([ 1 2 ] != [ 1 3 ])
  ({ } == { })
  ({ a = 1; } != { })
]
