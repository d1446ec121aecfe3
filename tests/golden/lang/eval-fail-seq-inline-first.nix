# an error while forcing the first argument of an inlined seq has the builtin's frame
let g = y: builtins.seq y.z 1; in g { }
