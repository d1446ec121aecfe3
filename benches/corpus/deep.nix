# Deep non-tail recursion, as nixpkgs' lib produces it: lib.foldr (a right fold
# written as `op x (fold' (n + 1))`), a recursive list-to-linked-list conversion
# and walk, and a naive recursive `sum`/`length`. Depth 20,000 stays inside what
# C++ Nix's native stack allows.
let
  inherit (builtins) elemAt genList length foldl' head tail;

  mod = a: b: a - b * (a / b);
  foldr = op: nul: list:
    let
      len = length list;
      fold' = n: if n == len then nul else op (elemAt list n) (fold' (n + 1));
    in
    fold' 0;

  depth = 20000;
  xs = genList (i: mod (i * 7919) 1009) depth;

  # lib.foldr-based helpers, each one a fresh 20,000-deep recursion.
  sum = foldr (x: acc: x + acc) 0;
  maxOf = foldr (x: acc: if x > acc then x else acc) 0;
  countIf = pred: foldr (x: acc: if pred x then acc + 1 else acc) 0;
  # Building a list with foldr: the recursion returns a cons-list, walked again.
  toLinked = foldr (x: rest: { head = x; inherit rest; }) null;
  linkedLength = l: if l == null then 0 else 1 + linkedLength l.rest;
  linkedSum = l: if l == null then 0 else l.head + linkedSum l.rest;

  # Structural recursion on numbers (Peano-style), also non-tail.
  triangle = n: if n == 0 then 0 else n + triangle (n - 1);

  linked = toLinked xs;
  rounds = genList (r: sum (map (x: x + r) xs)) 20;
in
{
  sum = sum xs;
  max = maxOf xs;
  odd = countIf (x: mod x 2 == 1) xs;
  linkedLength = linkedLength linked;
  linkedSum = linkedSum linked;
  triangle = triangle depth;
  rounds = foldl' (a: b: a + b) 0 rounds;
}
