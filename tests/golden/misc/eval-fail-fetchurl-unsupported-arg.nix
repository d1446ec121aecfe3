builtins.fetchurl { url = "https://example.com/a"; md5 = "x"; }
