# dynamic attributes of a rec set are not variables of its scope
let
  b = "outer";
in
rec {
  ${"b"} = "dynamic";
  c = b;
  d = "inner";
  ${d} = d;
}
