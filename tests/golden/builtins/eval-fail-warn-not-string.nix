builtins.warn 1 "result"
