# a functor can be called, but it is not a lambda
builtins.functionArgs { __functor = self: { x }: x; }
