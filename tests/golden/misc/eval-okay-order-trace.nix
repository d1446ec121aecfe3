let l = builtins.trace "L" 1; r = x: builtins.trace "R" x; in l + r 2 + (if true then l else 0)
