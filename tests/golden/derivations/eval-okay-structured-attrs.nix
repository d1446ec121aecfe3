derivation { name = "structured"; system = "x86_64-linux"; builder = "/bin/sh"; __structuredAttrs = true; a = [ 1 "x" 2.5 ]; b = { c = null; d = true; }; args = [ "q" ]; outputs = [ "out" "dev" ]; }
