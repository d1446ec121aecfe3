builtins.fetchTree { type = "git"; url = "https://example.com/a.git"; ref = [ ]; }
