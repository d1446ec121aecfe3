builtins.replaceStrings [ "a" ] [ 1 ] "abc"
