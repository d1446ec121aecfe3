builtins.storePath "/tmp/not-in-store"
