[
  (1 + 2)
  (10 - 20)
  (6 * 7)
  (7 / 2)
  # integer division truncates towards zero
  (-7 / 2)
  (7 / -2)
  (2 + 3 * 4 - 1)
  (-(3))
  (- -4)
  (9223372036854775807 - 1)
  (-9223372036854775807 - 1)
  (3037000499 * 3037000499)
  (builtins.add 1 2)
  (builtins.sub 1 2)
  (builtins.mul 2 3)
  (builtins.div 9 4)
]
