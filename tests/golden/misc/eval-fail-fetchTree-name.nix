builtins.fetchTree { type = "github"; owner = "NixOS"; repo = "nix"; name = "x"; }
