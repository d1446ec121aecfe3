builtins.toJSON { outPath = throw "no outPath"; }
