# With structured attributes, the output checks move to `outputChecks.<output>`:
# C++ Nix warns at each old-style attribute, in the context of the derivation.
# Without them (the second derivation) the same attributes are plain settings.
let
  structured = derivation {
    name = "checked";
    system = "x86_64-linux";
    builder = "/bin/sh";
    __structuredAttrs = true;
    maxSize = 1024;
    outputChecks.out.maxSize = 1024;
    disallowedReferences = [ ];
  };
  plain = derivation {
    name = "plain";
    system = "x86_64-linux";
    builder = "/bin/sh";
    maxSize = 1024;
  };
in
[
  (builtins.stringLength structured.drvPath)
  (builtins.stringLength plain.drvPath)
]
