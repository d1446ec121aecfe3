builtins.zipAttrsWith (n: v: v) [ { a = 1; } "b" ]
