builtins.fetchurl "https://example.com/file.txt"
