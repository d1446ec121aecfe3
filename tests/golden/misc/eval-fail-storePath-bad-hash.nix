builtins.storePath "/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x"
