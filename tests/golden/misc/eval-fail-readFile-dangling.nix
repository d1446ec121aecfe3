builtins.readFile ./data/dangling
