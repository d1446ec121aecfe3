# builtins.addDrvOutputDependencies is newer than Nix 2.8
let
  drv = derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; };
  plain = builtins.unsafeDiscardOutputDependency drv.drvPath;
in
[
  (builtins.getContext plain)
  (builtins.getContext (builtins.addDrvOutputDependencies plain))
]
