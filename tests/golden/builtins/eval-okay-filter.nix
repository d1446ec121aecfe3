with builtins;
[
  (filter (x: x > 2) [ 1 2 3 4 ])
  (filter (x: true) [ ])
  (filter isString [ 1 "a" null "b" ])
  # the elements themselves are not forced beyond what the predicate needs
  (length (filter (x: true) [ (throw "lazy") ]))
]
