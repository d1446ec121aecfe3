# mapAttrs calls its function with two arguments: one taking one and returning a
# set fails when an attribute is forced, with the attribute's trace
builtins.mapAttrs (n: { inherit n; }) { a = 1; }
