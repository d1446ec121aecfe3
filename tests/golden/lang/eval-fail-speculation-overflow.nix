# A speculated expression that would overflow stays a thunk and fails when forced,
# with the error it always had.
let
  big = 9223372036854775807;
  next = big + 1;
in
[ next ]
