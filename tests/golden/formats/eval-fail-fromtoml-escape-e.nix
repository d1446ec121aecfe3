# The \e escape is TOML 1.1 only; Nix parses TOML 1.0.
builtins.fromTOML ''s = "\e"''
