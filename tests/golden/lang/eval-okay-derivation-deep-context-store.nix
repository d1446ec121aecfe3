# The same derivations with the default (in-memory) store, which holds the `.drv`
# files it is given and reads them back.
import ./eval-okay-derivation-deep-context.nix
