let
  x = "outer";
  f = x: (x: x) "innermost";
  g = x: let x' = x; in y: [ x' y ];
  h = { x ? "default" }: x;
in
[ x (f "middle") (g "a" "b") (h { }) (h { x = "given"; }) (let x = "let"; in x) ]
