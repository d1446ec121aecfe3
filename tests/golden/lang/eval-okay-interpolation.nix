let
  name = "world";
  drv = { type = "derivation"; outPath = "/nix/store/abc-drv"; };
  withOutPath = { outPath = "/some/out"; };
  withToString = { __toString = self: "custom ${self.x}"; x = "x"; };
  nestedOutPath = { outPath = { outPath = "/deep"; }; };
in
[
  "hello ${name}"
  "${"nested ${"interpolation ${name}"}"}"
  "drv: ${drv}"
  "outPath: ${withOutPath}"
  "toString: ${withToString}"
  "nested outPath: ${nestedOutPath}"
  "$ alone, $name without braces, \${escaped}"
  "${toString 42}"
]
