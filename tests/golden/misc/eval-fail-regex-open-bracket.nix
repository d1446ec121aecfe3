builtins.split "[a" "a"
