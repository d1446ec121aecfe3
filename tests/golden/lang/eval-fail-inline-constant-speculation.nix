# A constant argument read in place of an inlined call's parameter still counts
# as a variable read: the cheap element `-1 == x` is evaluated at once, as for
# the call, and the error shows its value (a constant expression would stay a
# thunk, as Nix keeps it).
let
  p = x: [ (-1 == x) x ];
in
if p 4 then 1 else 2
