builtins.fromJSON "{} []"
