builtins.fromJSON "{\"a\": \"b"
