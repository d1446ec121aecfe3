{ value = 42; list = [ 1 2 ]; }
