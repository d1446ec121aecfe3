with builtins;
[
  (removeAttrs { a = 1; b = 2; c = 3; } [ "a" "c" ])
  (removeAttrs { a = 1; } [ "missing" ])
  (removeAttrs { } [ ])
  (removeAttrs { a = 1; a2 = 2; } [ "a" "a" ])
  (attrNames (removeAttrs { a = throw "lazy"; b = throw "lazy"; } [ "a" ]))
]
