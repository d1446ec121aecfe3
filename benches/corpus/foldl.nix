# foldl' over a million elements: the strict left fold behind lib.foldl', lib.sum
# and friends, with an integer accumulator and with an attribute-set
# accumulator (a running statistics record, as in many nixpkgs reductions).
let
  inherit (builtins) foldl' genList length;

  mod = a: b: a - b * (a / b);
  sum = foldl' (a: b: a + b) 0;

  n = 1000000;
  xs = genList (i: mod (i * 2654435761) 1000003) n;

  stats = foldl'
    (acc: x:
      # Fields are forced as we go (foldl' only forces the record itself), otherwise
      # a million-deep chain of `acc.count + 1` thunks builds up.
      let
        count = acc.count + 1;
        min = if x < acc.min then x else acc.min;
        max = if x > acc.max then x else acc.max;
        evens = if mod x 2 == 0 then acc.evens + 1 else acc.evens;
      in
      builtins.seq count (builtins.seq min (builtins.seq max (builtins.seq evens {
        inherit count min max evens;
      }))))
    { count = 0; min = 1000003; max = 0; evens = 0; }
    xs;
in
{
  length = length xs;
  sum = sum xs;
  inherit (stats) min max evens;
  count = stats.count;
}
