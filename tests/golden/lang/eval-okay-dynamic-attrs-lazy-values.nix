# the names of dynamic attributes are evaluated when the set is, the values are not
builtins.attrNames { ${"a" + "b"} = throw "lazy"; ${"c"} = throw "lazy"; }
