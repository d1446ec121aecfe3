let a = throw "first part"; in "${a}${throw "second part"}"
