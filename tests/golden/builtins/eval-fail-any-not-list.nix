builtins.any (x: x) "abc"
