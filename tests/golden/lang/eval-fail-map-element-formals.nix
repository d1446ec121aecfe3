# formals of a lambda applied by map are matched when the element is forced
let f = { a, b ? 2 }: a + b; in map f [ { a = 1; } { b = 1; } ]
