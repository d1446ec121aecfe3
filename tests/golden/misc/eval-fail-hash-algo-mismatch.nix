builtins.convertHash { hash = "md5:900150983cd24fb0d6963f7d28e17f72"; hashAlgo = "sha1"; toHashFormat = "sri"; }
