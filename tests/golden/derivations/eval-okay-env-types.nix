derivation { name = "env"; system = "x86_64-linux"; builder = "/bin/sh"; n = 42; f = 1.5; t = true; no = false; nul = null; l = [ 1 "two" [ 3 ] ]; s = "str"; }
