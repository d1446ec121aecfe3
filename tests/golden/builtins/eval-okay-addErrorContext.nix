# without an error, addErrorContext is the identity on its second argument
[
  (builtins.addErrorContext "unused context" 1)
  (builtins.addErrorContext (throw "lazy") "context is lazy")
]
