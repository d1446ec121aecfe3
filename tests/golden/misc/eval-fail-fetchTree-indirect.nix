builtins.fetchTree "flake:nixpkgs"
