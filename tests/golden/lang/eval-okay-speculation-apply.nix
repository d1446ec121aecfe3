# Apply thunks (`map`, `mapAttrs`, `genList`, `zipAttrsWith`, …) of a function whose
# body can be speculated are computed where the thunk would be made when the
# arguments are evaluated, and a body that only builds a small set or list is built
# there; anything that could fail or force stays lazy.
let
  inherit (builtins) map mapAttrs genList zipAttrsWith length attrNames head elemAt;
  sets = [ { a = 1; } { } { a = "s"; } { a = 9223372036854775807; } ];
  zero = 0;
  # fine, missing, a type error, an overflow: only the fine one is forced
  plusOne = map (x: x.a + 1) sets;
  divided = mapAttrs (n: v: v / zero) { p = 1; q = 2; };
  doubled = genList (i: i * 2) 4;
  # the argument is not evaluated yet: a thunk, fine once forced
  lazyArg = map (x: x.a) [ (let s = { a = 5; }; in s) ];
  # a pattern parameter is not speculated
  pattern = map ({ a }: a) [ { a = 3; } ];
  zipped = zipAttrsWith (n: vs: length vs) [ { x = 1; } { x = 2; y = 3; } ];
  picked = map (xs: elemAt xs 1) [ [ 1 2 ] [ 3 ] ];
  byName = mapAttrs (n: v: if v then n else "no") { yes = true; nope = false; };
  # small sets and lists built at once: values read, speculated or lazy (failing
  # ones never forced), `inherit (e)`, a closure over the call, a pending argument
  keyed = map (d: { key = d; }) [ 1 2 ];
  records = map (d: { inherit (d) a; c = d.missing; f = x: x + d.a; }) [ { a = 1; } ];
  plus = map (d: { b = d.a + 1; }) [ { a = 1; } ];
  nested = mapAttrs (n: v: [ n v (v / zero) ]) { p = 1; };
  pendingArgs = map (x: { y = x.a; }) [ (let s = { a = 7; }; in s) ];
  tooBig = map (x: { a = x; b = x; c = x; d = x; e = x; }) [ 1 ];
in
{
  plusOne = [ (length plusOne) (head plusOne) ];
  divided = attrNames divided;
  inherit doubled lazyArg pattern zipped byName;
  picked = [ (length picked) (head picked) ];
  inherit keyed pendingArgs tooBig;
  records = map (r: [ r.a (r.f 10) (attrNames r) ]) records;
  inherit plus;
  nested = map (l: [ (length l) (head l) (elemAt l 1) ]) (builtins.attrValues nested);
}
