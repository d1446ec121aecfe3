# Numbers: integers that fit 64 bits stay integers, everything else is a float;
# duplicate keys: the last one wins; escapes including surrogate pairs; a BOM is skipped.
let
  j = builtins.fromJSON;
in
{
  ints = j "[0, -0, 9223372036854775807, -9223372036854775808, 1E2, 10e-1]";
  floats = j "[-9223372036854775809, 18446744073709551616, 0.1, -2.5e-3, 1e-400]";
  dup = j ''{"a": 1, "b": {"c": [true, false, null]}, "a": 2}'';
  escapes = j ''"\" \\ \/ \b\f\n\r\t \u0041\u00e9\u2192 \ud83d\ude00"'';
  bom = j "﻿[1]";
  empty = [ (j "{}") (j "[]") (j "\"\"") ];
  spaces = j " \t\n\r[ 1 ,\n 2 ]\r\n ";
}
