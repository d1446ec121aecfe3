let x = 1; in
builtins.length [ x ] + builtins.doesNotExist
