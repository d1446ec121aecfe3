derivation { name = "fod-sha1"; system = "x86_64-linux"; builder = "/bin/sh"; outputHashAlgo = "sha1"; outputHash = "0beec7b5ea3f0fdbc95d0dd47f3c5bc275da8a33"; }
