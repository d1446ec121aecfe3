# A 100,000-deep linked list is converted without exhausting the native stack when the
# nesting limit allows it (by default nested data stops at 10,000 levels, as in C++ Nix;
# see eval-fail-tojson-max-call-depth).
let
  list = builtins.foldl' (tail: head: { inherit head tail; }) null (builtins.genList (x: x) 100000);
  json = builtins.toJSON list;
in
[ (builtins.stringLength json) (builtins.substring 0 60 json) ]
