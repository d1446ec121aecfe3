# An error inside the body of an inlined call (nested: isOption calls typeOf) has
# the trace frames of the calls: `while calling` and `from call site` for each.
let
  inherit (builtins) isAttrs;
  typeOf = x: if isAttrs x then x._type else "";
  isOption = x: typeOf x == "option";
  check = s: isOption s || throw "not an option";
in
[ (check { _type = "option"; }) (check { noType = true; }) ]
