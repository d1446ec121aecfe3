builtins.replaceStrings "a" [ "b" ] "abc"
