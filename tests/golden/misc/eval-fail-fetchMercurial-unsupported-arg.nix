fetchMercurial { url = "https://example.com/hg"; branch = "x"; }
