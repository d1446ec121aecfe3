builtins.hasAttr "a" null
