# filter's function returning a non-Boolean on a later element
builtins.filter (x: if x < 2 then true else x) [ 0 1 2 3 ]
