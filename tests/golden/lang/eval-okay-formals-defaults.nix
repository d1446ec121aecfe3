let
  # defaults may refer to other formals, in any order, and to the @-name
  f = { a ? b + 1, b ? 10, c ? args.b or "no b" }@args: [ a b c ];
  # a default is only evaluated when the argument is missing
  g = { x ? throw "default forced" }: x;
in
[
  (f { })
  (f { b = 1; })
  (f { a = 0; b = 2; c = 3; })
  (g { x = "given"; })
]
