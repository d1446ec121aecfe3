# A list of literals is made once, while compiling, and every evaluation of it
# gives the same list. Nothing may tell: each call's list is equal to the last,
# builtins that make new lists leave it alone, and a list with an element that
# is not a literal (a variable, a negation, a shadowed `true`) is made afresh.
let
  fixed = _: [ "out" "dev" 3 4.5 null true false ];
  withVar = x: [ "out" "dev" x ];
  paths = _: [ ./. ./eval-okay-literal-lists.nix ];
  a = fixed 1;
  b = fixed 2;
in
{
  same = a == b;
  appended = a ++ [ 1 ];
  unchanged = a;
  types = map builtins.typeOf a;
  sorted = builtins.sort (x: y: x > y) [ 3 1 2 ];
  literalAfterSort = [ 3 1 2 ];
  reversed = builtins.genList (i: builtins.elemAt [ 10 20 30 ] (2 - i)) 3;
  fresh = [ (withVar "lib") (withVar "bin") ];
  negated = [ (-1) 2 ];
  shadowed = let true = 3; in [ true 1 ];
  nested = [ [ 1 2 ] [ 1 2 ] ];
  pathTypes = map builtins.typeOf (paths 0);
  sum = builtins.foldl' builtins.add 0 [ 1 2 3 4 5 6 7 8 9 10 ];
  big = builtins.elemAt [ 9223372036854775807 1 ] 0;
}
