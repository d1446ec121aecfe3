# equality stops at the first difference
[
  ([ 1 (throw "lazy") ] == [ 2 (throw "lazy") ])
  ([ 1 ] == [ 1 (throw "lazy") ])
  ({ a = 1; } == { b = throw "lazy"; })
]
