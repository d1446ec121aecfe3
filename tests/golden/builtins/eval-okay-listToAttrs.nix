with builtins;
[
  (listToAttrs [ { name = "a"; value = 1; } { name = "b"; value = 2; } ])
  (listToAttrs [ ])
  # the first occurrence of a name wins
  (listToAttrs [ { name = "a"; value = "first"; } { name = "a"; value = "second"; } ])
  # extra attributes are ignored, values are lazy
  (attrNames (listToAttrs [ { name = "x"; value = throw "lazy"; extra = 1; } ]))
  (listToAttrs [ { name = "with space"; value = 1; } { name = ""; value = 2; } ])
]
