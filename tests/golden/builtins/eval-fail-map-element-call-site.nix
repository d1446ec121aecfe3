# Deep forcing (--strict) forces each element `f x` of `map` at the position of
# `f`, as C++ Nix's `Value::determinePos` gives it, so an error in the call says
# `from call site` there.
builtins.map (x: x + "foo") [ 1 2 ]
