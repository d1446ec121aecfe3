let
  base = { a = 1; b = { x = 1; y = 2; }; };
in
[
  (base // { a = 2; })
  # shallow: the right operand's value replaces the left one's
  (base // { b = { z = 3; }; })
  (base // { })
  ({ } // base)
  ({ a = 1; } // { b = 2; } // { a = 3; })
  # values are not forced
  (({ a = throw "lazy"; } // { b = 1; }).b)
]
