builtins.fromTOML ''
  title = "TOML"
  "quoted key" = 'literal \n'
  multi = """
  two
  lines"""
  int = [ +99, -17, 1_000, 0xDEAD_BEEF, 0o755, 0b1101, 9223372036854775807, -9223372036854775808 ]
  float = [ 1.0, -0.01, 5e+22, 6.626e-34, inf, -inf ]
  bools = [ true, false ]
  mixed = [ 1, "two", [ 3 ], { four = 4 } ]
  dotted.a.b = 1
  dotted.a.c = 2
  inline = { x = 1, y = { z = "deep" } }

  [server]
  host = "example.org"

  [server.ports]
  http = 80

  [[products]]
  name = "Hammer"

  [[products]]

  [[products]]
  name = "Nail"
''
