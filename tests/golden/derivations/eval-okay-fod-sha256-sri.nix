derivation { name = "fod"; system = "x86_64-linux"; builder = "/bin/sh"; outputHash = "sha256-LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564="; }
