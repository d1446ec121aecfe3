let l = throw "left"; in l + (throw "right")
