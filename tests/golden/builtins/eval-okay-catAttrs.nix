with builtins;
[
  (catAttrs "a" [ { a = 1; } { b = 2; } { a = 3; } ])
  (catAttrs "a" [ ])
  (length (catAttrs "a" [ { a = throw "lazy"; } ]))
]
