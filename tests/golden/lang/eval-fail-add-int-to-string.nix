"one" + 1
