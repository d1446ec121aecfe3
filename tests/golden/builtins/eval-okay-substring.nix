with builtins;
[
  (substring 0 3 "hello")
  (substring 1 2 "hello")
  (substring 3 100 "hello")
  (substring 5 1 "hello")
  (substring 10 1 "hello")
  (substring 0 0 "hello")
  # a negative length means "to the end"
  (substring 2 (-1) "hello")
  (substring 0 1 "")
  # bytes, not characters
  (substring 0 2 "ü")
  (stringLength (substring 0 1 "ü"))
]
