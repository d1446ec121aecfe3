builtins.path { path = ./data.txt; recursive = false; }
