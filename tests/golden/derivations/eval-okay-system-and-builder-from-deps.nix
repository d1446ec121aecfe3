let tools = derivation { name = "tools"; system = "x86_64-linux"; builder = "/bin/sh"; }; in derivation { name = "use-tools"; system = "x86_64-linux"; builder = "${tools}/bin/build"; }
