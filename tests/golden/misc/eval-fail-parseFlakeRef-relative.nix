builtins.parseFlakeRef "./relative"
