# storePath accepts paths inside a store object (nixlet does not check that the
# object exists: the evaluator has no store to ask)
builtins.storePath "/nix/store/00000000000000000000000000000000-x/bin/y"
