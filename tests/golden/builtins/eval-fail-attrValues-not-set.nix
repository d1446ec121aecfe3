builtins.attrValues "a"
