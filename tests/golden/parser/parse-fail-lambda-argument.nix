a b: b
