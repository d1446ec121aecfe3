builtins.listToAttrs [ { name = "a"; } ]
