# nothing is evaluated before it is needed
let
  unused = throw "unused let binding";
  s = { bad = throw "unused attribute"; good = "good"; };
  f = x: "argument not used";
in
[
  s.good
  (f (throw "unused argument"))
  (builtins.length [ (throw "a") (throw "b") ])
  (true || throw "short circuit")
  (false && throw "short circuit")
  (false -> throw "short circuit")
  (if true then "then" else throw "else branch")
  (builtins.attrNames s)
  ((x: y: y) (throw "first") "second")
  (let x = throw "x"; y = x; in "chained but unused")
]
