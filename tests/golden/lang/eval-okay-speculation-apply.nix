# Apply thunks (`map`, `mapAttrs`, `genList`, `zipAttrsWith`, …) of a function whose
# body can be speculated are computed where the thunk would be made when the
# arguments are evaluated; anything that could fail or force stays lazy.
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
in
{
  plusOne = [ (length plusOne) (head plusOne) ];
  divided = attrNames divided;
  inherit doubled lazyArg pattern zipped byName;
  picked = [ (length picked) (head picked) ];
}
