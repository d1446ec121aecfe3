with builtins;
let
  values = [ 1 1.5 "s" /p true null [ ] { } (x: x) map (map (x: x)) { __functor = self: x: x; } ];
in
{
  typeOf = map typeOf values;
  isInt = map isInt values;
  isFloat = map isFloat values;
  isString = map isString values;
  isPath = map isPath values;
  isBool = map isBool values;
  isNull = map isNull values;
  isList = map isList values;
  isAttrs = map isAttrs values;
  isFunction = map isFunction values;
}
