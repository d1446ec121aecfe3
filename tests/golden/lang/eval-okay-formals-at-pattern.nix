let
  # the @-name binds the argument as passed: no defaults, extra attributes kept
  left = args@{ a, b ? 2, ... }: [ a b (builtins.attrNames args) ];
  right = { a, b ? 2, ... }@args: [ a b (builtins.attrNames args) ];
  # the @-name and the formals can be used in the same default
  both = whole@{ x, y ? whole.x * 2 }: x + y;
in
[
  (left { a = 1; c = 3; })
  (right { a = 1; b = 5; })
  (both { x = 4; })
]
