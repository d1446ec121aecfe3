with builtins;
[
  (intersectAttrs { a = 1; b = 2; } { b = "B"; c = "C"; })
  (intersectAttrs { } { a = 1; })
  (intersectAttrs { a = 1; } { })
  # values come from the second set, and are not forced
  (attrNames (intersectAttrs { x = throw "lazy"; } { x = throw "lazy"; y = 1; }))
]
