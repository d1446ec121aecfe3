[
  ([ 1 2 ] ++ [ 3 ])
  ([ ] ++ [ ])
  ([ [ 1 ] ] ++ [ [ 2 ] ])
  ([ 1 ] ++ [ ] ++ [ "a" ] ++ [ null ])
  # elements are not forced
  (builtins.length ([ (throw "lazy") ] ++ [ (throw "lazy") ]))
]
