1 + !true
