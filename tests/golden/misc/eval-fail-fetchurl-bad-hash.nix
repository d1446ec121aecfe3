builtins.fetchurl { url = "https://example.com/a"; sha256 = "abc"; }
