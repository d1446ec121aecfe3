derivation { name = "fod"; system = "x86_64-linux"; builder = "/bin/sh"; outputHashAlgo = "sha256"; outputHash = "LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564="; }
