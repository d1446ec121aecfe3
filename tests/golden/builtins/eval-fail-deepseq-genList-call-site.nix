# `deepSeq` forces like --strict: the element's call site is its function.
let
  f = n: if n == 1 then throw "element ${toString n}" else n;
in
builtins.deepSeq (builtins.genList f 3) "unreachable"
