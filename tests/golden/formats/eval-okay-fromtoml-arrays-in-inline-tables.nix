# Newlines are allowed inside arrays, also within an inline table (TOML 1.0).
builtins.fromTOML ''
  c = { d = [
    1,
    2, # comment
  ], e = "x" }
''
