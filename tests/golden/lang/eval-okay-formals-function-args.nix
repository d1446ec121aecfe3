[
  (builtins.functionArgs ({ a, b ? 1, ... }: a))
  (builtins.functionArgs ({ }: 1))
  (builtins.functionArgs (x: x))
  (builtins.functionArgs (args@{ z ? 0 }: z))
]
