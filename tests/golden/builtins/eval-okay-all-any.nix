with builtins;
[
  (all (x: x > 0) [ 1 2 3 ])
  (all (x: x > 1) [ 1 2 3 ])
  (all (x: false) [ ])
  (any (x: x > 2) [ 1 2 3 ])
  (any (x: x > 5) [ 1 2 3 ])
  (any (x: true) [ ])
  # both stop at the first decisive element
  (any (x: x) [ true (throw "lazy") ])
  (all (x: x) [ false (throw "lazy") ])
]
