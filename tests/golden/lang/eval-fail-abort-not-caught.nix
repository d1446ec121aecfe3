builtins.tryEval (abort "tryEval does not catch abort")
