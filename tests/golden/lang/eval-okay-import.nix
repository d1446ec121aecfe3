[
  (import ./lib/imported-value.nix)
  (import ./lib/imported-function.nix { })
  (import ./lib/imported-function.nix { x = 5; })
  (import ./lib/imported-relative.nix)
  (import ./lib/dir-with-default)
  # a string naming an absolute path works too
  (import (toString ./lib/imported-value.nix)).value
]
