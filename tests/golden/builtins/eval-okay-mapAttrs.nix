with builtins;
[
  (mapAttrs (name: value: "${name}=${toString value}") { a = 1; b = 2; })
  (mapAttrs (n: v: v) { })
  # results are lazy
  (attrNames (mapAttrs (n: v: throw "lazy") { a = 1; }))
  ((mapAttrs (n: v: if n == "a" then "ok" else throw "lazy") { a = 1; b = 2; }).a)
]
