derivation { name = "tf"; system = "x86_64-linux"; builder = "/bin/sh"; script = builtins.toFile "script.sh" "echo hi"; }
