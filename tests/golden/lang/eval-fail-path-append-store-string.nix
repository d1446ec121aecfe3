./lib + "/${./lib/data.txt}"
