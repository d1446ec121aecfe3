with builtins;
[
  (map (x: x * 2) [ 1 2 3 ])
  (map (x: x) [ ])
  (map toString [ 1 true null ])
  (map (f: f 1) [ (x: x + 1) (x: x * 10) ])
  # results are lazy: only forced elements are computed
  (length (map (x: throw "lazy") [ 1 2 3 ]))
  (head (map (x: if x == 1 then "first" else throw "lazy") [ 1 2 ]))
  # the function is not forced for an empty list
  (map (throw "lazy") [ ])
]
