builtins.toXML { a = [ 1 (throw "inside a list") ]; }
