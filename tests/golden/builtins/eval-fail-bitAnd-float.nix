builtins.bitAnd 1 2.0
