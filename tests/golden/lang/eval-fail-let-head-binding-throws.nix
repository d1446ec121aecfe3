# The binding the body forces first throws: the same error and trace as its thunk.
let
  f = x: let t = if x > 1 then throw "too big: ${toString x}" else x; in if t == 1 then "one" else "other";
in
f 1 + f 2
