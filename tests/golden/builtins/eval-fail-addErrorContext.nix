let
  f = x: builtins.addErrorContext "while doing f with ${toString x}" (throw "inner failure");
in
f 7
