# A set interpolated through its `outPath` attribute: an error while that attribute
# is evaluated has C++ Nix's frame for it, at the attribute (as in the corpus's
# eval-fail-outPath-abort), wherever the set was defined.
let
  pkg = { name = "p"; outPath = throw "no output path"; };
in
"${pkg}/bin"
