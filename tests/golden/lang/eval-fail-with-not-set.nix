let
  scope = [ 1 2 ];
in
with scope; a
