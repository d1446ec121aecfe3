builtins.trace "evaluating imported-traced.nix" { n = 1; }
