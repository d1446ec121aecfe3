builtins.fetchTree { type = "github"; owner = "NixOS"; repo = "nix"; foo = "x"; }
