builtins.readFileType ./data/nope
