# foldl' forces the accumulator at each step
builtins.foldl' (a: b: if b == 2 then throw "forced at step 2" else a) 0 [ 1 2 3 ]
