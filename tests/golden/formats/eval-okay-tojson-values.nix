# Scalars, escapes (nlohmann/json writes \b and \f, other controls as \u00xx), keys
# sorted by bytes, floats as the shortest text that reads back (always with a
# fraction or exponent).
builtins.toJSON {
  z = null;
  b = [ true false ];
  i = [ 0 (-1) 9223372036854775807 (-9223372036854775807 - 1) ];
  f = [ 1.0 1.44 0.1 (1.0 / 3.0) 1.0e15 1.0e16 1.5e-7 0.0001 0.00001 123456789.0 (0.0 - 0.0) 1.7976931348623157e308 ];
  s = "quote \" backslash \\ nl \n cr \r tab \t bs  ff  soh  us  del  é → 😀 ${"$"}{x}";
  "" = "empty key";
  "é" = 1;
  "Z" = 2;
  "a b" = { };
  l = [ [ ] { } "" ];
}
