fetchGit { url = "https://example.com/a.git"; ref = "main"; }
