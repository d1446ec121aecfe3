builtins.trace (throw "the message is forced") 1
