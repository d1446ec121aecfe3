# the path is realised before the scope is looked at
builtins.scopedImport [ ] 42
