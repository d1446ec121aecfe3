# a variable forced by an inlined seq (one instruction): what fails in its thunk
# keeps the builtin's frame
let g = y: let a = y.z; in builtins.seq a 1; in g { }
