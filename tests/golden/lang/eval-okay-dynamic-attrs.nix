let
  name = "b";
  s = {
    ${"a"} = 1;
    ${name} = 2;
    "${name}c" = 3;
    "quoted name" = 4;
    # a null name drops the attribute
    ${null} = throw "not evaluated";
    x.${name}.y = 5;
  };
in
[
  s
  s.${name}
  s."quoted name"
  s.x.${"b"}.y
  (s ? ${name})
  (s ? ${"zz"})
]
