let a = derivation { name = "a"; system = "x86_64-linux"; builder = "/bin/sh"; }; in derivation { name = "c"; system = "x86_64-linux"; builder = "/bin/sh"; drv = a.drvPath; }
