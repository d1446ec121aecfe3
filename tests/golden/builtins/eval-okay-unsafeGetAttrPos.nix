let
  s = {
    a = 1;
    b.c = 2;
    inherit (builtins) map;
  };
in
[
  (builtins.unsafeGetAttrPos "a" s)
  (builtins.unsafeGetAttrPos "b" s)
  (builtins.unsafeGetAttrPos "missing" s)
  # Nix 2.8 reported column 23 here (one early); current Nix reports the name's column
  (builtins.unsafeGetAttrPos "map" s)
]
