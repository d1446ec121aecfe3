# One selection site sees sets of many layouts: the name first, last, in the
# middle, absent, in an empty set, in a large set, and a value that is not a set.
# Each selection finds the right attribute (or the default) whichever set came
# before it at the same place.
let
  inherit (builtins) filter genList listToAttrs;
  named = n: listToAttrs (genList (i: { name = "n${toString i}"; value = i; }) n);
  sets = [
    { b = 1; }
    { a = 0; b = 2; }
    { a = 0; c = 3; b = 4; }
    { c = 5; }
    { }
    (named 100 // { b = 6; })
    { b = 7; }
    (named 3)
    { z = 1; y = 2; x = 3; w = 4; v = 5; u = 6; t = 7; s = 8; r = 9; b = 10; }
    { b = 11; }
  ];
  get = s: s.b or "none";
  nested = s: s.x.y or "none";
  fromThunk = s: (s // { }).b or "none";
in
{
  got = map get sets;
  again = map get (builtins.tail sets);
  has = map (s: s ? b) sets;
  strict = map (s: s.b) (filter (s: s ? b) sets);
  nested = map nested [ { x.y = 1; } { x = { z = 2; y = 3; }; } { x = 4; } { } { x = { }; } { x.y = 5; } ];
  fromThunk = map fromThunk sets;
  big = map (n: (named n).n2 or "none") [ 1 2 3 50 3 ];
}
