with builtins;
[
  (attrNames { b = 1; a = 2; c = 3; })
  (attrNames { })
  # sorted by name, byte-wise
  (attrNames { "B" = 1; "a" = 2; "_" = 3; "é" = 4; "10" = 5; "9" = 6; })
  (attrValues { b = "second"; a = "first"; })
  (attrValues { })
  # neither forces the values
  (attrNames { a = throw "lazy"; b = abort "lazy"; })
  (length (attrValues { a = throw "lazy"; }))
]
