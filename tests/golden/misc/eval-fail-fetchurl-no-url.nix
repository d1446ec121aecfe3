builtins.fetchurl { name = "a"; }
