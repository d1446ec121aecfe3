# so does an error in the second argument (the builtin forces it too)
let g = y: builtins.seq 1 (y + "a"); in g 1
