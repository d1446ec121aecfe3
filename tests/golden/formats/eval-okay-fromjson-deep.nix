# 100,000 levels of nesting parse without exhausting the native stack (Nix's parser is
# iterative too).
let
  n = 100000;
  s = builtins.concatStringsSep "" (builtins.genList (_: "[") n ++ [ "7" ] ++ builtins.genList (_: "]") n);
  o = builtins.concatStringsSep "" (builtins.genList (_: "{\"a\":") n ++ [ "7" ] ++ builtins.genList (_: "}") n);
in
[
  (builtins.length (builtins.fromJSON s))
  (builtins.attrNames (builtins.fromJSON o))
]
