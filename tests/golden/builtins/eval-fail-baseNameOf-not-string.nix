builtins.baseNameOf 42
