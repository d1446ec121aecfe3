# With parse-toml-timestamps: offsets of zero print as Z, others as +HH:MM / -HH:MM.
builtins.fromTOML ''
  utc = 2024-02-29T23:59:59+00:00
  india = 2024-02-29 23:59:59.5+05:30
  minus = 2024-02-29t23:59:59.000001-09:00
  date = 2024-02-29
  time = 23:59:59.000000001
''
