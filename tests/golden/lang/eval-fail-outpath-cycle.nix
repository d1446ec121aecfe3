# A set whose `outPath` is the set itself never peels to a string: C++ Nix reports a
# stack overflow (max-call-depth) there; nixlet used to loop for ever.
let
  pkg = { name = "p"; outPath = pkg; };
in
"${pkg}/bin"
