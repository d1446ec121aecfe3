1 + "one"
