# A trailing comma in an inline table is TOML 1.1 only; Nix parses TOML 1.0.
builtins.fromTOML "t = { a = 1, }"
