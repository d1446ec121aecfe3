# A derivation (type = "derivation") is shown once, then as <repeated />; one without a
# string drvPath is always <repeated />.
let
  drv = { type = "derivation"; drvPath = "/nix/store/x.drv"; outPath = "/nix/store/x"; name = "x"; };
  noDrvPath = { type = "derivation"; outPath = 1; };
in
builtins.toXML [ drv { inherit drv; } drv noDrvPath ]
