# A two-argument callback: the call site is the outer lambda, the frame the inner.
builtins.zipAttrsWith (name: values: builtins.head values + name) [
  { a = 1; }
  { a = 2; }
]
