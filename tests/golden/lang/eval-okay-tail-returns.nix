# Thunks and calls in tail position of one another return together (a return
# into a frame whose next instruction is a return). Every thunk on the way must
# still be updated with the value: each `trace` below prints once.
let
  f = x: builtins.trace "f ${toString x}" (g x);
  g = y: if y > 0 then h y else y;
  h = z: builtins.trace "h ${toString z}" (z * 2);
  a = b;
  b = c;
  c = f 3;
  d = if a > 1 then b else c;
  chain = n: if n == 0 then { done = true; } else chain (n - 1);
  cmp = n: m: n < m;
in
[ a b c d (a + b + c + d) (chain 1000).done (cmp 1 2) (cmp 2 1) (!(cmp 1 2)) (let t = 5 == 5; in t) ]
