# `builtins.seq a b` named directly compiles inline (no thunks, no call); the
# result must be that of the builtin, including `__seq` and a shadowed name.
let
  f = x: builtins.seq (x + 1) x;
  shadowed = let builtins = { seq = a: b: "mine"; }; in builtins.seq 1 2;
  caught = builtins.tryEval (builtins.seq 1 (throw "boom"));
  acc = builtins.foldl' (a: x: builtins.seq a (a + x)) 0 [ 1 2 3 ];
in
[ (builtins.seq 1 2) (f 3) (__seq null "a") (builtins.seq { } (x: x) 5) shadowed caught acc
  (builtins.seq [ (throw "not forced") ] "shallow") ]
