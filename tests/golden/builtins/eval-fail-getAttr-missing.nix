builtins.getAttr "nope" { yes = 1; nop = 2; }
