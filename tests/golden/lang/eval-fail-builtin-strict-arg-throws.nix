let
  f = x: builtins.stringLength x;
  g = y: f (if y then throw "boom" else "ok");
in
g true
