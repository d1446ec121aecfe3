# importing a file does not force its attributes
let
  s = import ./lib/imported-throws.nix;
in
builtins.attrNames s
