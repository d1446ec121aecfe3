fetchGit { url = "https://example.com/a.git"; type = "git"; }
