with builtins;
[
  (sort lessThan [ 3 1 2 ])
  (sort (a: b: a > b) [ 3 1 2 ])
  (sort lessThan [ "b" "a" "C" ])
  (sort lessThan [ ])
  (sort lessThan [ 1 ])
  # stable: equal elements keep their order
  (sort (a: b: a.k < b.k) [ { k = 1; v = "a"; } { k = 0; v = "b"; } { k = 1; v = "c"; } { k = 0; v = "d"; } ])
  (sort lessThan [ 2.5 1 3 ])
  # current Nix returns an empty list before forcing the comparator (Nix 2.8 forced it)
  (sort (throw "lazy") [ ])
]
