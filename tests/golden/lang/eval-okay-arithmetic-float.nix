# any float operand makes the result a float
[
  (1 + 2.5)
  (2.5 + 1)
  (1.5 * 2)
  (7 / 2.0)
  (7.0 / 2)
  (1 - 0.25)
  (builtins.typeOf (1 + 1.0))
  (builtins.typeOf (2 * 1))
  (0.1 + 0.2)
  (-1.5)
  (1.0e3 * 2)
  (builtins.div 1 4.0)
]
