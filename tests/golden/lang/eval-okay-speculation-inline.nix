# A lazy call of a small function the compiler inlines is speculated through it:
# its arguments are computed where its parameters are read. Failing ones (a
# division by zero, an overflow, a missing attribute) stay lazy and are never
# forced here; nested calls and arguments read twice give the same values.
let
  inherit (builtins) genList length head elemAt;
  mod = a: b: a - b * (a / b);
  get = s: k: s.${k};
  n = 9223372036854775807;
  zero = 0;
  spread = genList (i: mod (i * 2654435761) 1000003) 5;
  nested = genList (i: mod (mod (i * 7) 5) 3) 6;
  fine = { a = 4; };
  results = [
    (mod 17 5)
    (mod (n - 1) 10)
    (get fine "a")
  ];
  failing = [ (mod 1 zero) (mod (n + 1) 2) (get fine "b") ];
in
{
  inherit spread nested results;
  failing = length failing;
  firstSpread = head spread + elemAt spread 4;
}
