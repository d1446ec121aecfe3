builtins.fromTOML "when = 1979-05-27"
