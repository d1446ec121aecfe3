builtins.readFile ./data/sub
