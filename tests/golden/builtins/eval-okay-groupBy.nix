with builtins;
[
  (groupBy (x: if x > 2 then "big" else "small") [ 1 2 3 4 ])
  (groupBy toString [ ])
  (groupBy (s: substring 0 1 s) [ "apple" "avocado" "banana" ])
  # the element values are not forced by grouping
  (attrNames (groupBy (x: "k") [ (throw "lazy") ]))
]
