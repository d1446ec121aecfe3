# the inner lambda's formals are matched when the value is forced
builtins.mapAttrs (name: { x }: x) { a = { y = 1; }; }
