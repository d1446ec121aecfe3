builtins.filter (x: true) "abc"
