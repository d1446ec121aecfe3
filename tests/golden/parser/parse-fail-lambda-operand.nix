1 + x: x
