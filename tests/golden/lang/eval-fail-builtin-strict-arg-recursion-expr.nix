# a strict builtin argument that is an expression (evaluated before the call)
# reaching the value being evaluated: located at that expression, as its thunk was
let r = rec { a = builtins.stringLength (if true then b else ""); b = a; }; in r.a
