with builtins;
[
  (tryEval 1)
  (tryEval (throw "caught"))
  (tryEval (assert false; 1))
  # only weak head normal form
  (tryEval [ (throw "not forced") ]).success
  (tryEval { a = throw "not forced"; }).success
  # a thrown error in a nested value is caught when forced inside
  (tryEval (deepSeq [ (throw "x") ] 1))
  (tryEval (builtins.head [ (throw "x") ]))
  # errors that are not throw/assert are not caught: see eval-fail-tryEval-*
]
