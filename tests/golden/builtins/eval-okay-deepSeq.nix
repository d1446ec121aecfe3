with builtins;
let
  cyclic = { self = cyclic; n = 1; };
in
[
  (deepSeq 1 2)
  (deepSeq [ 1 [ 2 { a = 3; } ] ] "forced")
  # cycles are fine: each set is visited once
  (deepSeq cyclic "cyclic")
  # the second argument is not forced deeply
  (length (deepSeq [ ] [ (throw "lazy") ]))
]
