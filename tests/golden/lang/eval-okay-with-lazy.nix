# the scope of `with` is evaluated only when a name is looked up through it
[
  (with (throw "never"); 1)
  (let x = 2; in with (throw "never"); x)
  (with { a = 1; b = throw "never"; }; a)
]
