builtins.path { path = ./srcdir; filter = p: t: builtins.baseNameOf p != "skip.me"; }
