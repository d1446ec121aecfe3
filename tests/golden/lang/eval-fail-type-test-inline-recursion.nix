# an inlined type predicate whose argument is the value being evaluated: infinite
# recursion without a position of its own, as inside the builtin
let x = builtins.isAttrs x; in x
