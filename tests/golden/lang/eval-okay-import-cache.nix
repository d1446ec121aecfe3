# a file is evaluated once however many times it is imported (one trace line)
let
  a = import ./lib/imported-traced.nix;
  b = import ./lib/imported-traced.nix;
  c = import (./lib + "/imported-traced.nix");
in
[ a.n b.n c.n ]
