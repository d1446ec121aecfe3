derivation { name = "fod-md5"; system = "x86_64-linux"; builder = "/bin/sh"; outputHashAlgo = "md5"; outputHash = "acbd18db4cc2f85cedef654fccc4a4d8"; }
