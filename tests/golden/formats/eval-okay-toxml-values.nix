# Attribute values are escaped (" < > & and newlines); floats print like %g; paths
# as their text; builtins cannot be shown.
builtins.toXML {
  s = "a\"b<c>&d'e\nf\tg";
  i = -5;
  f = [ 1.5e-7 123456789.0 0.5 ];
  b = [ true false null ];
  p = ./eval-okay-toxml-values.nix;
  prim = builtins.map;
  app = builtins.map (x: x);
  empty = [ { } [ ] "" ];
}
