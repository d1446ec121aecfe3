builtins.scopedImport [ ] ./eval-okay-length.nix
