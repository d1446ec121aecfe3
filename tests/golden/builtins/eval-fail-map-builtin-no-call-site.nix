# A function that is not a lambda (here a partly applied builtin) gives deep
# forcing no position for its applications: no `from call site` frame.
builtins.map (builtins.add 1) [ "x" ]
