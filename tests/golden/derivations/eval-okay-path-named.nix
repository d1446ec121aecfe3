builtins.path { path = ./srcdir; name = "renamed"; }
