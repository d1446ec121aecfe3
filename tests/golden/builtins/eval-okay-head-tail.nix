with builtins;
[
  (head [ 1 2 3 ])
  (tail [ 1 2 3 ])
  (tail [ 1 ])
  (head [ [ "nested" ] ])
  # neither forces the other elements
  (head [ "first" (throw "lazy") ])
  (length (tail [ (throw "lazy") (throw "lazy") ]))
]
