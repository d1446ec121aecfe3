derivation { name = "structured-nulls"; system = "x86_64-linux"; builder = "/bin/sh"; __structuredAttrs = true; __ignoreNulls = true; gone = null; kept = 1; }
