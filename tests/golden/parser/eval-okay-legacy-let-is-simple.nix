# `let { … }` is a simple expression: an argument, a list element, an operand, and
# something to select from, as in C++ Nix (rnix only took it where any expression
# may start)
let
  id = x: x;
in
[
  (id let { body = 1; })
  [ let { a = 2; body = a; } ]
  (let { body = 3; } + 1)
  (let { body = { x = 5; }; }.x)
  (builtins.length [ let { body = 1; } let { body = 2; } ])
]
