builtins.fromTOML ''
  ok = 1
  big = 0x8000_0000_0000_0000
''
