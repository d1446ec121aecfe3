let
  counter = { n = 5; __functor = self: x: self.n + x; };
  # the functor may return another function
  curried = { __functor = self: a: b: a * b; };
  # a functor whose __functor is itself a functor
  meta = { __functor = { __functor = outer: self: x: "meta ${x}"; }; };
in
[
  (counter 1)
  ((counter // { n = 100; }) 1)
  (curried 6 7)
  (map counter [ 1 2 ])
  (builtins.isFunction counter)
  (builtins.isAttrs counter)
]
