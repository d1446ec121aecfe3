builtins.concatStringsSep 1 [ ]
