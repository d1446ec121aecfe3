with builtins;
[
  (concatStringsSep ", " [ "a" "b" "c" ])
  (concatStringsSep "" [ "a" "b" ])
  (concatStringsSep "-" [ ])
  (concatStringsSep "-" [ "only" ])
  # elements are coerced like interpolation: paths and derivation-like sets work
  (concatStringsSep " " [ "x" { outPath = "/out"; } ])
]
