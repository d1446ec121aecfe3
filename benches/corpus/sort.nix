# Sorting 100,000 elements: integers from a linear congruential generator with the
# `<` comparator, then records by a key with many ties (the sort must be stable, as
# Nix's is), then strings as lib.naturalSort-free code would do.
let
  inherit (builtins) sort genList elemAt length head foldl' lessThan toString;

  mod = a: b: a - b * (a / b);
  n = 100000;
  # Park-Miller minimal standard generator, one step per element.
  random = genList (i: mod ((i + 1) * 16807) 2147483647) n;
  scrambled = map (x: mod (x * 48271) 2147483647) random;

  ints = sort lessThan scrambled;
  records = genList (i: { key = mod (elemAt scrambled i) 1000; idx = i; }) n;
  byKey = sort (a: b: a.key < b.key) records;
  # Stable: among equal keys the original order (idx increasing) is kept.
  stable = foldl'
    (acc: r:
      let ok = acc.ok && (acc.prev.key < r.key || (acc.prev.key == r.key && acc.prev.idx < r.idx));
      in builtins.seq ok { inherit ok; prev = r; })
    { ok = true; prev = { key = -1; idx = -1; }; }
    byKey;
  names = sort (a: b: a < b) (genList (i: "name-${toString (elemAt scrambled i)}") (n / 4));
  descending = sort (a: b: a > b) (genList (i: elemAt ints i) (n / 4));
  sorted = foldl'
    (acc: x: let ok = acc.ok && acc.prev <= x; in builtins.seq ok { inherit ok; prev = x; })
    { ok = true; prev = 0; }
    ints;
in
{
  min = head ints;
  max = elemAt ints (n - 1);
  median = elemAt ints (n / 2);
  sorted = sorted.ok;
  stable = stable.ok;
  firstKey = (head byKey).idx;
  lastKey = (elemAt byKey (n - 1)).idx;
  firstName = head names;
  descending = head descending;
}
