# A constant argument of an inlined call is read in place of the parameter, at
# the parameter's position: the error is placed in the body, as for the call.
let
  choose = c: if c then "yes" else "no";
in
choose 7
