derivation { name = "nulls"; system = "x86_64-linux"; builder = "/bin/sh"; __ignoreNulls = true; gone = null; kept = "x"; }
