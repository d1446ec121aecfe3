with builtins;
[
  (partition (x: x > 2) [ 1 2 3 4 ])
  (partition (x: true) [ ])
  (partition isInt [ 1 "a" 2 "b" ])
]
