# derivationStrict is the primitive under `derivation`: it returns the paths only
let
  r = builtins.derivationStrict { name = "strict"; builder = "/bin/sh"; system = "x86_64-linux"; args = [ "-c" "true" ]; };
in
[ (builtins.attrNames r) r.drvPath r.out ]
