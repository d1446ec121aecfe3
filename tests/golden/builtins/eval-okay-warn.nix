# builtins.warn is newer than Nix 2.8
builtins.warn "this is a warning" "result"
