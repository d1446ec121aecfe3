# Seconds are optional only in TOML 1.1; Nix parses TOML 1.0.
builtins.fromTOML "t = 07:32"
