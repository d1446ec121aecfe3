# A set coerced to a string is peeled through `outPath` and `__toString`; an error
# met on the way has a frame for each attribute it went through ("evaluating" while
# the attribute's value is being evaluated, "using" once it is a value).
builtins.toString {
  outPath = {
    __toString = self: { outPath = throw "no path here"; };
  };
}
