with builtins;
[
  (foldl' (a: b: a + b) 0 [ 1 2 3 4 ])
  (foldl' (a: b: a ++ [ b ]) [ ] [ 1 2 3 ])
  (foldl' (a: b: "${a}${b}") "" [ "x" "y" "z" ])
  (foldl' (a: b: throw "not called") "initial" [ ])
  # left to right
  (foldl' (a: b: a - b) 10 [ 1 2 3 ])
  # the accumulator is forced (to WHNF) at each step, the elements are not
  (foldl' (a: b: a + 1) 0 [ (throw "lazy") (throw "lazy") ])
]
