with builtins;
[
  (seq 1 2)
  # only weak head normal form: the elements and attributes are not forced
  (seq [ (throw "lazy") ] "list is WHNF")
  (seq { a = throw "lazy"; } "set is WHNF")
  (seq (x: throw "lazy") "function is WHNF")
  # the second argument is returned as is
  (length (seq 1 [ (throw "lazy") ]))
]
