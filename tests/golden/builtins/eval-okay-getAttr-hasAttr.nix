with builtins;
let
  s = { a = 1; "with space" = 2; lazy = throw "lazy"; };
in
[
  (getAttr "a" s)
  (getAttr "with space" s)
  (hasAttr "a" s)
  (hasAttr "z" s)
  # hasAttr does not force the value
  (hasAttr "lazy" s)
]
