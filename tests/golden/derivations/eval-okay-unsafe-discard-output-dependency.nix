let a = derivation { name = "a"; system = "x86_64-linux"; builder = "/bin/sh"; }; in builtins.getContext (builtins.unsafeDiscardOutputDependency a.drvPath)
