# toString coerces more types than interpolation does
[
  (toString 42)
  (toString (-7))
  (toString 1.5)
  (toString true)
  (toString false)
  (toString null)
  (toString [ 1 "a" [ true null ] 2.5 ])
  (toString [ ])
  (toString /some/path)
  (toString { outPath = "/out"; })
  (toString { __toString = self: 7; })
  (toString { type = "derivation"; outPath = "/nix/store/x"; })
  (toString "string")
]
