with builtins;
[
  (length [ ])
  (length [ 1 2 3 ])
  (length [ [ 1 2 ] ])
  # the elements are not evaluated
  (length [ (throw "lazy") (abort "lazy") ])
  (length (genList (x: throw "lazy") 1000))
]
