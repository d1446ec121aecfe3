# a callback failing on the fourth element of a strict fold (the first three went
# through the fold's kept frame): the trace is the fold's and the callback's
let
  check = acc: x: if x == 3 then acc + "three" else acc + x;
in
builtins.foldl' check 0 [ 0 1 2 3 4 ]
