builtins.concatLists "x"
