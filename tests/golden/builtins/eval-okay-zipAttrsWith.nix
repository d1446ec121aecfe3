with builtins;
[
  (zipAttrsWith (name: values: values) [ { a = 1; b = 2; } { a = 3; c = 4; } ])
  (zipAttrsWith (name: values: name) [ { x = 1; } ])
  (zipAttrsWith (n: v: v) [ ])
  (attrNames (zipAttrsWith (n: v: throw "lazy") [ { a = 1; } { b = 2; } ]))
]
