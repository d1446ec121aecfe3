builtins.stringLength 42
