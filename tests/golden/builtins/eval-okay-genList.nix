with builtins;
[
  (genList (x: x * x) 5)
  (genList (x: x) 0)
  (genList toString 3)
  # the elements are lazy
  (length (genList (x: throw "lazy") 3))
  (elemAt (genList (x: if x == 2 then "two" else throw "lazy") 3) 2)
]
