let
  f = { name, version }: name;
in
f { name = "x"; version = "1"; verison = "2"; }
