# A literal list or set passed to an inlined call is made as the call's argument
# would be (built at once when that cannot fail), so values shown in errors are
# the same: here the set's `z`.
let
  wrap = z: { inherit z; };
in
"str" < wrap [ 1 2 ]
