let
  list = builtins.foldl' (tail: head: { inherit head tail; }) null (builtins.genList (x: x) 2000);
in
builtins.toJSON list
