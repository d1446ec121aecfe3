builtins.toJSON { a.b = [ 1 (x: x) ]; }
