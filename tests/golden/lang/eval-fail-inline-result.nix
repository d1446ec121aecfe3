# An inlined call's value is evaluated inside the call, as a call returns it: the
# parameter `y` it returns fails within the call's trace frames.
let
  pick = x: y: [ 1 2 ].a or y;
in
pick 1 (throw "the second argument")
