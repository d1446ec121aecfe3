builtins.intersectAttrs null { }
