builtins.convertHash { hash = "md5:zz0150983cd24fb0d6963f7d28e17f72"; toHashFormat = "sri"; }
