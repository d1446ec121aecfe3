builtins.bitOr "1" 2
