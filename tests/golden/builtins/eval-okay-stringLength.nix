with builtins;
[
  (stringLength "")
  (stringLength "abc")
  # bytes, not characters
  (stringLength "ü")
  (stringLength "a\nb")
  (stringLength "${toString 12345}")
]
