builtins.filterSource (p: t: t != "directory" || baseNameOf p != "sub") ./srcdir
