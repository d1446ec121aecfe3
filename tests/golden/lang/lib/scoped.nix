[ x (y + 1) (builtins.typeOf import) ]
