# a lexical binding wins over any `with`, even an inner one
let
  a = "lexical";
  f = x: with { x = "with-x"; a = "with-a"; }; [ x a ];
in
[
  (with { a = "with"; }; a)
  (f "argument")
  # builtins are lexical too
  (with { true = false; toString = x: "shadowed"; }; [ true (toString 1) ])
]
