fetchTarball "https://example.com/a.tar.gz"
