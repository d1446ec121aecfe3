import ./lib/imported-syntax-error.nix
