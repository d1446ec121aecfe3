# A known builtin called with all its arguments has its strict arguments evaluated
# before the call (inside the builtin's trace frame) and the others kept lazy: the
# results must be the builtins' own.
let
  xs = [ 1 2 3 ];
in
[
  (builtins.length (xs ++ xs))
  (builtins.map (throw "never called") [ ])
  (builtins.elemAt (builtins.genList (i: i * i) 5) 3)
  (builtins.tryEval (builtins.length (throw "caught"))).success
  (builtins.foldl' (a: b: a + b) 0 (builtins.map (x: x * 2) xs))
  (builtins.attrNames (builtins.mapAttrs (n: v: v) { b = 1; a = 2; }))
  (builtins.getAttr "a" ({ a = 5; } // { b = throw "lazy value"; }))
  (let f = builtins.stringLength; in f ("ab" + "c"))
]
