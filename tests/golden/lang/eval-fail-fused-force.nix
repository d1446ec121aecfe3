# A variable read as an operand is read and forced by one instruction: when it is
# the value being computed, the infinite recursion is reported at the read, as
# before the two became one.
let
  f = n: n;
  x = f (x + 1);
in
x
