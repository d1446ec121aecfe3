builtins.concatMap null [ 1 ]
