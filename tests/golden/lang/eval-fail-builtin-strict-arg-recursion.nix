let r = rec { a = builtins.stringLength b; b = a; }; in r.a
