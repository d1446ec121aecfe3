with builtins;
[
  (toString 1)
  (toString (-1))
  (toString 0.5)
  (toString 1.0e10)
  (toString true)
  (toString false)
  (toString null)
  (toString [ 1 [ 2 3 ] null "a" ])
  (toString "s")
  (toString /a/b)
  (toString { outPath = "/o"; })
  (toString { __toString = self: "custom"; })
]
