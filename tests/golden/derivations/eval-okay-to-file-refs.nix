let f = builtins.toFile "a.txt" "a"; in builtins.toFile "b.txt" "refers to ${f}"
