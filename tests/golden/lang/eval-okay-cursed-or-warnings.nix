# `e or` without a `.` is `e` applied to a variable named `or` (Nixpkgs once had a
# function of that name). C++ Nix warns where that reading will change once `or`
# is an ordinary identifier: as an argument, a list element, or the default of a
# selection; not as the applied function, in parentheses, or as an operand.
let
  or = 3;
  f = x: x;
in
[
  (f (x: x) or) # argument: warns
  [ (x: x * 2) or ] # list element: warns
  ({ a = 1; }.b or (x: x) or) # default of a selection: warns
  ((x: y: x + y) or 1) # the applied function: no warning
  (f (f or)) # in parentheses: no warning
  (1 + f or) # an operand: no warning
]
