builtins.toFile "hello.txt" "hello world\n"
