builtins.parseDrvName { name = "x-1"; }
