pkgs: lib:
with pkgs;
let local = 1; in
with lib;
[
  local   # lexical wins over with
  hello   # from lib or pkgs, at run time
  map     # globals win over with
  (with { }; /*@*/ inner)
]
