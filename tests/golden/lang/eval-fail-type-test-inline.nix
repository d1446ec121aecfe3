# an error while forcing the argument of an inlined type predicate has the
# builtin's frame, as it would inside the builtin
let g = y: builtins.isAttrs y.z; in g { }
