builtins.dirOf [ "/a" ]
