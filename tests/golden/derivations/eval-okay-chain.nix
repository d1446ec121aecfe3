let mk = n: dep: derivation { name = "chain-${toString n}"; system = "x86_64-linux"; builder = "/bin/sh"; inherit dep; }; in mk 3 (mk 2 (mk 1 null))
