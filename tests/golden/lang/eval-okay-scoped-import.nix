# scopedImport adds its attributes to the imported file's scope
builtins.scopedImport { x = "from scope"; y = 1; } ./lib/scoped.nix
