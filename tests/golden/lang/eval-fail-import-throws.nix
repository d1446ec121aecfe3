(import ./lib/imported-throws.nix).a
