builtins.flakeRefToString { type = "github"; owner = "NixOS"; repo = "nix"; ref = "a"; rev = "0123456789abcdef0123456789abcdef01234567"; }
