let l = throw "left"; r = throw "right"; in [ (l == (r)) ]
