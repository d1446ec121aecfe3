builtins.abort "aborted: ${toString 1}"
